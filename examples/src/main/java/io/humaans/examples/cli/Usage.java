package io.humaans.examples.cli;

/** The {@code --help} text. */
final class Usage {
  static final String TEXT = String.join("\n",
      "Usage: java -jar humaans-examples.jar [COMMAND] [OPTIONS]",
      "",
      "Reads the people directory from Humaans and runs compliance, access and licence checks.",
      "",
      "Commands:",
      "  report   run every check (default)",
      "  people   list people with their current job title and manager",
      "  scopes   show the token's scopes and what it cannot see",
      "  seats    reclaimable-seats and activity-trend checks (--seats, --events)",
      "  access   access checks of critical systems (--accounts, --policy)",
      "",
      "Options:",
      "  --demo                 use the embedded demo company even if HUMAANS_API_TOKEN is set",
      "  --as-of YYYY-MM-DD     evaluation date (default: today in UTC; demo: 2026-11-02)",
      "  --format text|json|csv output format (default text; scopes: text or json)",
      "  --accounts FILE.csv    system,id,email,accessLevel,state[,lastActiveAt,deactivatedAt,nonHuman]",
      "  --policy FILE.csv      system,matchOn,pattern,accessLevels",
      "  --seats FILE.csv       product,seatId,email,assignedAt[,lastActivityAt]",
      "  --events FILE.csv      email,product,timestamp",
      "  --waivers FILE.csv     checkId,subjectId,reason,expiresOn",
      "  --exempt-title PATTERN add a top-management title pattern (repeatable)",
      "  -h, --help             show this help",
      "",
      "Environment:",
      "  HUMAANS_API_TOKEN      API access token; when unset the embedded demo company is used",
      "  HUMAANS_BASE_URL       API base URL (default https://app.humaans.io/api)",
      "",
      "Exit status: 0 all checks pass, 1 a check fails or is incomplete, 2 usage or input error,",
      "3 API error (authentication, missing scope, network).",
      "");

  private Usage() {}
}
