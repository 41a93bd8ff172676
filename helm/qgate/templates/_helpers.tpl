{{/*
Expand the name of the chart.
*/}}
{{- define "qgate.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Create a default fully qualified app name (63 characters at most: DNS names).
If the release name contains the chart name it is used as the full name.
*/}}
{{- define "qgate.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Create chart name and version as used by the chart label.
*/}}
{{- define "qgate.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Common labels: the app.kubernetes.io set.
*/}}
{{- define "qgate.labels" -}}
helm.sh/chart: {{ include "qgate.chart" . }}
{{ include "qgate.selectorLabels" . }}
app.kubernetes.io/version: {{ (default .Chart.AppVersion .Values.image.tag) | trunc 63 | trimSuffix "-" | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/component: platform
app.kubernetes.io/part-of: qgate
{{- end }}

{{/*
Selector labels
*/}}
{{- define "qgate.selectorLabels" -}}
app.kubernetes.io/name: {{ include "qgate.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Create the name of the service account to use
*/}}
{{- define "qgate.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "qgate.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
The headless Service Hazelcast's Kubernetes discovery looks up.
*/}}
{{- define "qgate.clusterServiceName" -}}
{{- printf "%s-cluster" (include "qgate.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
The Secret holding passwords and keys: yours (existingSecret) or the chart's.
*/}}
{{- define "qgate.secretName" -}}
{{- if .Values.secrets.existingSecret }}
{{- .Values.secrets.existingSecret }}
{{- else }}
{{- include "qgate.fullname" . }}
{{- end }}
{{- end }}

{{/*
Which secret items are wired: "true" or "". With existingSecret the database password always,
the others as secrets.existingSecretItems says; with the chart's Secret, those that have a value.
*/}}
{{- define "qgate.has.dbPassword" -}}
{{- if or .Values.secrets.existingSecret .Values.secrets.dbPassword }}true{{ end }}
{{- end }}

{{- define "qgate.has.dbMigrationPassword" -}}
{{- if .Values.secrets.existingSecret }}
{{- if .Values.secrets.existingSecretItems.dbMigrationPassword }}true{{ end }}
{{- else if .Values.secrets.dbMigrationPassword }}true{{ end }}
{{- end }}

{{- define "qgate.has.kek" -}}
{{- if .Values.secrets.existingSecret }}
{{- if .Values.secrets.existingSecretItems.kek }}true{{ end }}
{{- else if .Values.secrets.kek }}true{{ end }}
{{- end }}

{{- define "qgate.has.auditSigningKey" -}}
{{- if .Values.secrets.existingSecret }}
{{- if .Values.secrets.existingSecretItems.auditSigningKey }}true{{ end }}
{{- else if and .Values.secrets.auditSigningKey .Values.secrets.auditSigningPublicKey }}true{{ end }}
{{- end }}

{{- define "qgate.has.etsiTls" -}}
{{- if .Values.etsi.enabled }}
{{- if .Values.secrets.existingSecret }}
{{- if .Values.secrets.existingSecretItems.etsiTls }}true{{ end }}
{{- else if and .Values.secrets.etsiTls.keyStoreBase64 .Values.secrets.etsiTls.trustStoreBase64 .Values.secrets.etsiTls.keyStorePassword .Values.secrets.etsiTls.trustStorePassword }}true{{ end }}
{{- end }}
{{- end }}

{{/*
Does the pod need secret files (KEK, audit key, TLS stores)?
*/}}
{{- define "qgate.has.secretFiles" -}}
{{- if or (include "qgate.has.kek" .) (include "qgate.has.auditSigningKey" .) (include "qgate.has.etsiTls" .) }}true{{ end }}
{{- end }}
