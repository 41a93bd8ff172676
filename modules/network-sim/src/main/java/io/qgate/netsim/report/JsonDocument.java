package io.qgate.netsim.report;

import io.qgate.netsim.energy.EnergyAssumptions;
import io.qgate.netsim.energy.EnergyFigures;
import io.qgate.netsim.model.SimulationConfig;
import io.qgate.netsim.model.SimulationOutcome;
import io.qgate.netsim.model.TierFigures;
import io.qgate.netsim.topology.Role;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;

/**
 * The stable JSON form of a run (field names in docs/architectures.md). Every field but {@code
 * timing} is a function of the inputs and the seed. NaN (nothing to measure) is written as null.
 */
public final class JsonDocument {

  private JsonDocument() {}

  public static JsonObject of(RunReport r) {
    SimulationConfig c = r.config();
    SimulationOutcome o = r.outcome();
    return Json.createObjectBuilder()
        .add("architecture", r.architecture())
        .add("devices", c.devices())
        .add("gateways", o.gateways())
        .add("hours", c.durationNanos() / 3.6e12)
        .add("seed", c.seed())
        .add("keyMode", c.policy().mode().name().toLowerCase(Locale.ROOT))
        .add("topology", topology(c))
        .add("rekeys", rekeys(o))
        .add("latencySeconds", latency(o))
        .add("failure", failure(o))
        .add("tiers", tiers(o))
        .add(
            "busiestNode",
            Json.createObjectBuilder()
                .add("id", o.busiestNode())
                .add("utilisation", o.busiestNodeUtilisation()))
        .add("energy", energy(r.energy(), r.assumptions()))
        .add("binSeconds", o.binSeconds())
        .add("servedSharePerBin", numbers(o.servedSharePerBin()))
        .add(
            "timing",
            Json.createObjectBuilder()
                .add("events", o.events())
                .add("peakRequestsInFlight", o.peakRequestsInFlight())
                .add("wallSeconds", r.wallSeconds())
                .add("eventsPerSecond", o.events() / Math.max(r.wallSeconds(), 1e-9)))
        .build();
  }

  private static JsonObjectBuilder topology(SimulationConfig c) {
    int beyond = 0;
    for (double rate : c.linkBitsPerSecond()) {
      beyond += rate > 0 ? 0 : 1;
    }
    return Json.createObjectBuilder()
        .add("kmes", c.topology().count(Role.KME))
        .add("relays", c.topology().count(Role.RELAY))
        .add("gateways", c.topology().count(Role.GATEWAY))
        .add("links", c.topology().links().size())
        .add("linksBeyondReach", beyond);
  }

  private static JsonObjectBuilder rekeys(SimulationOutcome o) {
    return number(
            Json.createObjectBuilder()
                .add("issued", o.rekeysIssued())
                .add("served", o.rekeysServed())
                .add("late", o.rekeysLate()),
            "servedShare",
            o.servedShare())
        .add("qkdKeysDelivered", o.qkdKeysDelivered());
  }

  private static JsonObjectBuilder latency(SimulationOutcome o) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    number(b, "mean", o.rekeysServed() == 0 ? Double.NaN : o.latencyMeanSeconds());
    number(b, "p50", o.latencyAt(0.5));
    number(b, "p90", o.latencyAt(0.9));
    number(b, "p99", o.latencyAt(0.99));
    return number(b, "max", o.latencyAt(1));
  }

  private static JsonObjectBuilder failure(SimulationOutcome o) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    if (o.failedNode() == null) {
      b.addNull("node");
    } else {
      b.add("node", o.failedNode());
    }
    number(b, "atSeconds", o.failureAtSeconds());
    number(b, "devicesServedBefore", o.devicesServedBefore());
    number(b, "devicesServedAfter", o.devicesServedAfter());
    return b.add("gatewaysUnroutedBefore", o.gatewaysUnrouted())
        .add("gatewaysUnroutedAfter", o.gatewaysUnroutedAfterFailure());
  }

  private static JsonArrayBuilder tiers(SimulationOutcome o) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (TierFigures t : o.tiers()) {
      a.add(
          Json.createObjectBuilder()
              .add("tier", t.tier().name().toLowerCase(Locale.ROOT))
              .add("links", t.links())
              .add("beyondReach", t.beyondReach())
              .add("supplyBitsPerSecond", t.supplyBitsPerSecond())
              .add("supplyAfterFailureBitsPerSecond", t.supplyAfterFailureBitsPerSecond())
              .add("consumedBitsPerSecond", t.consumedBitsPerSecond())
              .add("busiestLinkUse", t.busiestLinkUse()));
    }
    return a;
  }

  private static JsonObjectBuilder energy(EnergyFigures e, EnergyAssumptions a) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("qkdPowerWatts", e.qkdPowerWatts())
            .add("qkdEnergyJoules", e.qkdEnergyJoules());
    number(b, "joulesPerDeliveredKey", e.joulesPerDeliveredKey());
    number(b, "joulesPerServedRekey", e.joulesPerServedRekey());
    return b.add("deviceCryptoJoulesPerHour", e.deviceCryptoJoulesPerHour())
        .add("capitalEuros", e.capitalEuros())
        .add(
            "assumptions",
            Json.createObjectBuilder()
                .add("qkdLinkEndWatts", a.qkdLinkEndWatts())
                .add("trustedNodeWatts", a.trustedNodeWatts())
                .add("deviceRekeyJoules", a.deviceRekeyJoules())
                .add("deviceMessageJoules", a.deviceMessageJoules())
                .add("messagesPerDeviceHour", a.messagesPerDeviceHour())
                .add("qkdLinkEuros", a.qkdLinkEuros())
                .add("trustedNodeEuros", a.trustedNodeEuros()));
  }

  private static JsonArrayBuilder numbers(double[] values) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (double v : values) {
      if (Double.isFinite(v)) {
        a.add(v);
      } else {
        a.addNull();
      }
    }
    return a;
  }

  private static JsonObjectBuilder number(JsonObjectBuilder b, String name, double value) {
    return Double.isFinite(value) ? b.add(name, value) : b.addNull(name);
  }
}
