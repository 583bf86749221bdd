package io.humaans.examples.demo;

import static io.humaans.examples.demo.DemoPerson.ACTIVE;
import static io.humaans.examples.demo.DemoPerson.NEW_HIRE;
import static io.humaans.examples.demo.DemoPerson.OFFBOARDED;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The named people of the demo company: the Chief of Staff, the holders of every deliberate fault,
 * and the people the companion files (accounts, seats) refer to. Each is listed in {@code
 * demo/README.md}.
 */
final class DemoCast {
  /** A well-formed person id that belongs to nobody (the unknown-manager fault points at it). */
  static final String GHOST_MANAGER_ID = "Gh0stMgr7xQ2pL9vR4tW8kZ1";

  /** The padded, mixed-case duplicate of {@code sam.okafor@northwind-labs.example}. */
  static final String DUPLICATE_EMAIL = " Sam.Okafor@Northwind-Labs.example ";

  static final List<String> ALL_NAMES =
      List.of(
          "Elena Petrova",
          "Noor Haddad",
          "Mateo Alvarez",
          "Priya Raman",
          "Jonas Becker",
          "Aisha Bello",
          "Grace Whitfield",
          "Lucas Moreau",
          "Tom Lindqvist",
          "Yuki Tanaka",
          "Omar Farouk",
          "Sofia Rossi",
          "Daniel Kim",
          "Hannah Schulz",
          "Ravi Patel",
          "Chloe Martin",
          "Sam Okafor",
          "Samuel Okafor",
          "Lena Vogel",
          "Oliver Grant",
          "Mia Kowalski",
          "Ethan Brooks",
          "Kai Nakamura",
          "Ben Carter",
          "Zoe Adams",
          "Hugo Lambert",
          "Noah Fischer",
          "Emma Laurent",
          "Lucia Romano",
          "Jakub Nowak",
          "Tomasz Wierzbicki",
          "Margaret Chen",
          "Arjun Mehta",
          "Isabel Duarte",
          "Fatima Zahra");

  private final DemoRecords records;
  private final Map<String, String> managers;

  DemoCast(DemoRecords records, Map<String, String> managers) {
    this.records = records;
    this.managers = managers;
  }

  void addAll() {
    String cos =
        hire("Elena", "Petrova", ACTIVE, "2022-02-01", null, null, "Leadership", "Executive");
    role(cos, "Chief of Staff", "Executive", null, "2022-02-01", null);
    addPeopleFaults();
    addAccessAndSeatCast();
    addCompensations();
  }

  private void addPeopleFaults() {
    hire("Noor", "Haddad", ACTIVE, "2026-09-07", null, null, "Support", "Customer Success");

    String mateo =
        hire("Mateo", "Alvarez", ACTIVE, "2025-05-12", null, null, "EMEA Sales", "Sales");
    role(mateo, "Account Executive", "Sales", managers.get("EMEA Sales"), "2026-12-01", null);

    String priya =
        hire("Priya", "Raman", ACTIVE, "2024-02-05", null, null, "Product Management", "Product");
    role(priya, "  ", "Product", managers.get("Product Management"), "2024-02-05", null);

    String jonas = hire("Jonas", "Becker", ACTIVE, "2023-03-13", null, null, "Data", "Engineering");
    role(jonas, "Data Engineer", "Engineering", GHOST_MANAGER_ID, "2023-03-13", null);

    String aisha = hire("Aisha", "Bello", ACTIVE, "2021-10-04", null, null, "Finance", "Finance");
    role(aisha, "Senior Accountant", "Finance", aisha, "2021-10-04", null);

    String grace =
        hire(
            "Grace",
            "Whitfield",
            OFFBOARDED,
            "2021-06-07",
            "2026-08-28",
            "2026-08-28",
            "Partnerships",
            "Sales");
    records.setLeavingReason(grace, "resignation");
    role(
        grace,
        "Partnerships Manager",
        "Sales",
        managers.get("head:Sales"),
        "2021-06-07",
        "2026-08-28");
    String lucas =
        hire("Lucas", "Moreau", ACTIVE, "2024-04-08", null, null, "Partnerships", "Sales");
    role(lucas, "Partnerships Executive", "Sales", grace, "2024-04-08", null);

    String tom = hire("Tom", "Lindqvist", ACTIVE, null, null, null, "Workplace", "Operations");
    role(tom, "Workplace Coordinator", "Operations", managers.get("Workplace"), "2024-09-02", null);

    String yuki =
        hire("Yuki", "Tanaka", ACTIVE, "2022-05-02", null, null, "Procurement", "Operations");
    String omar =
        hire("Omar", "Farouk", ACTIVE, "2023-01-16", null, null, "Procurement", "Operations");
    String sofia =
        hire("Sofia", "Rossi", ACTIVE, "2023-08-21", null, null, "Procurement", "Operations");
    role(
        yuki,
        "Procurement Lead",
        "Operations",
        managers.get("head:Operations"),
        "2022-05-02",
        "2023-08-20");
    role(yuki, "Procurement Lead", "Operations", omar, "2023-08-21", null);
    role(omar, "Procurement Manager", "Operations", sofia, "2023-08-21", null);
    role(omar, "Procurement Specialist", "Operations", yuki, "2023-01-16", "2023-08-20");
    role(sofia, "Procurement Specialist", "Operations", yuki, "2023-08-21", null);

    String daniel =
        hire(
            "Daniel",
            "Kim",
            OFFBOARDED,
            "2026-03-02",
            "2026-02-27",
            "2026-02-27",
            "Support",
            "Customer Success");
    records.setLeavingReason(daniel, "contract_ended");
    role(
        daniel,
        "Support Specialist",
        "Customer Success",
        managers.get("Support"),
        "2026-03-02",
        null);

    String hannah =
        hire("Hannah", "Schulz", OFFBOARDED, "2021-04-12", null, null, "Brand", "Marketing");
    role(hannah, "Content Designer", "Marketing", managers.get("Brand"), "2021-04-12", null);

    String ravi =
        hire("Ravi", "Patel", ACTIVE, "2022-09-05", null, "2026-12-18", "Mobile", "Engineering");
    role(ravi, "Senior Mobile Engineer", "Engineering", managers.get("Mobile"), "2022-09-05", null);

    String chloe =
        hire(
            "Chloe",
            "Martin",
            OFFBOARDED,
            "2023-01-09",
            "2026-09-30",
            "2026-10-09",
            "Account Management",
            "Customer Success");
    records.setLeavingReason(chloe, "resignation");
    role(
        chloe,
        "Customer Success Manager",
        "Customer Success",
        managers.get("Account Management"),
        "2023-01-09",
        "2026-09-30");

    String sam =
        hire("Sam", "Okafor", ACTIVE, "2024-11-04", null, null, "Support", "Customer Success");
    role(
        sam, "Support Specialist", "Customer Success", managers.get("Support"), "2024-11-04", null);
    String samuel =
        hire("Samuel", "Okafor", ACTIVE, "2025-02-03", null, null, "North America Sales", "Sales");
    records.setEmail(samuel, DUPLICATE_EMAIL);
    records.setPreferredName(samuel, "Sam");
    role(
        samuel,
        "Account Executive",
        "Sales",
        managers.get("North America Sales"),
        "2025-02-03",
        null);

    String lena = hire("Lena", "Vogel", ACTIVE, "2025-07-07", null, null, "Brand", "Marketing");
    records.setEmail(lena, null);
    role(lena, "Content Designer", "Marketing", managers.get("Brand"), "2025-07-07", null);
  }

  private void addAccessAndSeatCast() {
    leaver("Oliver", "Grant", "2022-03-07", "2026-10-16", "Payments", "Software Engineer");
    leaver("Mia", "Kowalski", "2021-11-01", "2026-09-30", "Data", "Senior Data Engineer");
    leaver("Ethan", "Brooks", "2020-08-03", "2026-07-31", "Platform", "Software Engineer");
    staff("Kai", "Nakamura", "2023-05-02", "Platform", "Engineering", "Software Engineer");
    staff("Ben", "Carter", "2024-01-08", "Payments", "Engineering", "Software Engineer");
    staff("Zoe", "Adams", "2023-10-02", "EMEA Sales", "Sales", "Account Executive");
    staff("Noah", "Fischer", "2024-03-04", "North America Sales", "Sales", "Account Executive");
    staff("Emma", "Laurent", "2022-06-13", "EMEA Sales", "Sales", "Senior Account Executive");
    staff("Lucia", "Romano", "2025-01-13", "Growth", "Marketing", "Growth Marketer");
    staff("Jakub", "Nowak", "2026-10-19", "Brand", "Marketing", "Content Designer");
    String hugo =
        hire("Hugo", "Lambert", NEW_HIRE, "2026-11-16", null, null, "Platform", "Engineering");
    role(hugo, "Software Engineer", "Engineering", managers.get("Platform"), "2026-11-16", null);
    String tomasz =
        hire("Tomasz", "Wierzbicki", NEW_HIRE, "2026-11-16", null, null, "Design", "Product");
    role(tomasz, "Product Designer", "Product", managers.get("Design"), "2026-11-16", null);
  }

  private void addCompensations() {
    String ceo = requireNonNull(managers.get("ceo"), "ceo");
    records.addCompensation(
        ceo,
        "170000",
        "GBP",
        LocalDate.of(2024, 1, 1),
        LocalDate.of(2025, 12, 31),
        "Salary review");
    records.addCompensation(ceo, "185000.00", "GBP", LocalDate.of(2026, 1, 1), null, null);
    for (String key : List.of("cto", "cro", "head:People")) {
      String id = requireNonNull(managers.get(key), key);
      records.addCompensation(
          id,
          key.equals("head:People") ? "118000" : "176500",
          "GBP",
          LocalDate.of(2026, 1, 1),
          null,
          null);
    }
  }

  private void leaver(
      String first, String last, String start, String end, String team, String title) {
    String id = hire(first, last, OFFBOARDED, start, end, end, team, "Engineering");
    records.setLeavingReason(id, "resignation");
    role(id, title, "Engineering", managers.get(team), start, end);
  }

  private void staff(
      String first, String last, String start, String team, String department, String title) {
    String id = hire(first, last, ACTIVE, start, null, null, team, department);
    role(id, title, department, managers.get(team), start, null);
  }

  private String hire(
      String first,
      String last,
      String status,
      @Nullable String start,
      @Nullable String end,
      @Nullable String lastDay,
      String team,
      String department) {
    return records.addPerson(
        first, last, status, date(start), date(end), date(lastDay), List.of(team), department);
  }

  private void role(
      String personId,
      String title,
      String department,
      @Nullable String reportingTo,
      String effective,
      @Nullable String end) {
    records.addRole(
        personId, title, department, reportingTo, LocalDate.parse(effective), date(end));
  }

  private static @Nullable LocalDate date(@Nullable String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
