package io.humaans.examples.demo;

/** The teams of the demo company's regular org chart: head, manager title, titles, size. */
enum DemoTeam {
  PLATFORM(
      "Engineering",
      "Platform",
      "Engineering",
      "Engineering Manager",
      "Software Engineer",
      "Senior Software Engineer",
      21),
  PAYMENTS(
      "Engineering",
      "Payments",
      "Engineering",
      "Engineering Manager",
      "Software Engineer",
      "Senior Software Engineer",
      21),
  MOBILE(
      "Engineering",
      "Mobile",
      "Engineering",
      "Engineering Manager",
      "Mobile Engineer",
      "Senior Mobile Engineer",
      18),
  DATA(
      "Engineering",
      "Data",
      "Engineering",
      "Engineering Manager",
      "Data Engineer",
      "Senior Data Engineer",
      18),
  SECURITY(
      "Engineering",
      "Security",
      "Engineering",
      "Engineering Manager",
      "Security Engineer",
      "Senior Security Engineer",
      12),
  PRODUCT_MANAGEMENT(
      "Product",
      "Product Management",
      "Product",
      "Group Product Manager",
      "Product Manager",
      "Senior Product Manager",
      8),
  DESIGN(
      "Product",
      "Design",
      "Product",
      "Design Lead",
      "Product Designer",
      "Senior Product Designer",
      9),
  EMEA_SALES(
      "Sales",
      "EMEA Sales",
      "Sales",
      "Sales Manager",
      "Account Executive",
      "Senior Account Executive",
      16),
  NORTH_AMERICA_SALES(
      "Sales",
      "North America Sales",
      "Sales",
      "Sales Manager",
      "Account Executive",
      "Senior Account Executive",
      12),
  SALES_DEVELOPMENT(
      "Sales",
      "Sales Development",
      "Sales",
      "Sales Development Manager",
      "Sales Development Representative",
      "Senior Sales Development Representative",
      12),
  SUPPORT(
      "Customer Success",
      "Support",
      "Customer Success",
      "Support Lead",
      "Support Specialist",
      "Senior Support Specialist",
      26),
  ACCOUNT_MANAGEMENT(
      "Customer Success",
      "Account Management",
      "Customer Success",
      "Customer Success Lead",
      "Customer Success Manager",
      "Senior Customer Success Manager",
      13),
  GROWTH(
      "Marketing",
      "Growth",
      "Marketing",
      "Growth Lead",
      "Growth Marketer",
      "Senior Growth Marketer",
      8),
  BRAND(
      "Marketing",
      "Brand",
      "Marketing",
      "Brand Lead",
      "Content Designer",
      "Senior Content Designer",
      7),
  PEOPLE_OPS(
      "People",
      "People Ops",
      "People",
      "People Operations Manager",
      "People Partner",
      "Senior People Partner",
      6),
  FINANCE(
      "Finance",
      "Finance",
      "Finance",
      "Financial Controller",
      "Accountant",
      "Senior Accountant",
      7),
  IT(
      "Operations",
      "IT",
      "Operations",
      "IT Manager",
      "IT Support Engineer",
      "Senior IT Support Engineer",
      6),
  WORKPLACE(
      "Operations",
      "Workplace",
      "Operations",
      "Workplace Manager",
      "Workplace Coordinator",
      "Senior Workplace Coordinator",
      4);

  /** Key of the department head the team lead reports to. */
  final String headKey;

  final String teamName;
  final String department;
  final String managerTitle;
  final String title;
  final String seniorTitle;
  final int size;

  DemoTeam(
      String headKey,
      String teamName,
      String department,
      String managerTitle,
      String title,
      String seniorTitle,
      int size) {
    this.headKey = headKey;
    this.teamName = teamName;
    this.department = department;
    this.managerTitle = managerTitle;
    this.title = title;
    this.seniorTitle = seniorTitle;
    this.size = size;
  }
}
