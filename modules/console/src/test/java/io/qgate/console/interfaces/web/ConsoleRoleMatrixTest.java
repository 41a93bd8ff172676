package io.qgate.console.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.platform.domain.access.Permission;
import io.qgate.platform.domain.access.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The console decides what to show from a copy of the role matrix (console/access.js); the API
 * enforces {@link Role}. A role or permission changed on one side only would show controls the API
 * refuses, or hide ones it allows: the two must be equal.
 */
class ConsoleRoleMatrixTest {

  private static final Path ACCESS_JS = Path.of("src/main/webapp/console/access.js");

  /** One entry of the MATRIX object: 'grid-operator': ['VIEW', ...] (keys quoted or not). */
  private static final Pattern ENTRY =
      Pattern.compile("'?([a-z-]+)'?\\s*:\\s*\\[([^\\]]*)\\]", Pattern.DOTALL);

  @Test
  void theConsolesMatrixIsTheApisMatrix() throws IOException {
    String source = Files.readString(ACCESS_JS);
    int start = source.indexOf("const MATRIX = {");
    String matrix = source.substring(start, source.indexOf("};", start));

    assertThat(consoleMatrix(matrix)).isEqualTo(apiMatrix());
  }

  private static Map<String, Set<String>> consoleMatrix(String matrix) {
    Map<String, Set<String>> roles = new TreeMap<>();
    Matcher entry = ENTRY.matcher(matrix);
    while (entry.find()) {
      Set<String> permissions =
          Arrays.stream(entry.group(2).split(","))
              .map(p -> p.strip().replace("'", ""))
              .filter(p -> !p.isEmpty())
              .collect(Collectors.toCollection(TreeSet::new));
      roles.put(entry.group(1), permissions);
    }
    return roles;
  }

  private static Map<String, Set<String>> apiMatrix() {
    Map<String, Set<String>> roles = new TreeMap<>();
    for (Role role : Role.values()) {
      roles.put(
          role.claim(),
          Arrays.stream(Permission.values())
              .filter(role::grants)
              .map(Enum::name)
              .collect(Collectors.toCollection(TreeSet::new)));
    }
    return roles;
  }
}
