package org.vigie.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The twenty top-level event classes of CAMEO (Conflict and Mediation Event Observations, Schrodt
 * 2012), the coding scheme GDELT uses: cooperation from 01 to 08, then conflict rising from 09 to
 * 20. Each has its two-digit code and a short name for searching ({@code event:consult}).
 */
public enum CameoRoot {
  MAKE_PUBLIC_STATEMENT("01", "statement"),
  APPEAL("02", "appeal"),
  EXPRESS_INTENT_TO_COOPERATE("03", "intent"),
  CONSULT("04", "consult"),
  ENGAGE_IN_DIPLOMATIC_COOPERATION("05", "diplomacy"),
  ENGAGE_IN_MATERIAL_COOPERATION("06", "cooperation"),
  PROVIDE_AID("07", "aid"),
  YIELD("08", "yield"),
  INVESTIGATE("09", "investigate"),
  DEMAND("10", "demand"),
  DISAPPROVE("11", "disapprove"),
  REJECT("12", "reject"),
  THREATEN("13", "threaten"),
  PROTEST("14", "protest"),
  EXHIBIT_FORCE_POSTURE("15", "posture"),
  REDUCE_RELATIONS("16", "reduce"),
  COERCE("17", "coerce"),
  ASSAULT("18", "assault"),
  FIGHT("19", "fight"),
  USE_UNCONVENTIONAL_MASS_VIOLENCE("20", "massviolence");

  private final String code;
  private final String label;

  CameoRoot(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The two-digit CAMEO code ("04"). */
  public String code() {
    return code;
  }

  /** One lower-case word for it ("consult"), as search takes it. */
  public String label() {
    return label;
  }

  /** The root of a code ("04", "4", or a finer code such as "042"), or of a label ("consult"). */
  public static Optional<CameoRoot> of(String codeOrLabel) {
    String value = codeOrLabel.strip().toLowerCase(Locale.ROOT);
    if (value.matches("\\d{1,4}")) {
      // Finer codes start with their root's two digits: "042" make a visit, "1821" assault.
      String root = value.length() == 1 ? "0" + value : value.substring(0, 2);
      for (CameoRoot r : values()) {
        if (r.code.equals(root)) {
          return Optional.of(r);
        }
      }
      return Optional.empty();
    }
    for (CameoRoot r : values()) {
      if (r.label.equals(value) || r.name().toLowerCase(Locale.ROOT).equals(value)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
