package io.humaans.examples.demo;

import java.util.List;
import java.util.Optional;

/** Countries the demo company employs people in, with the facts the Person JSON needs. */
enum DemoCountry {
  GB("United Kingdom", "London", "Europe/London", "British", "English"),
  DE("Germany", "Berlin", "Europe/Berlin", "German", "German"),
  NL("Netherlands", "Amsterdam", "Europe/Amsterdam", "Dutch", "Dutch"),
  ES("Spain", "Madrid", "Europe/Madrid", "Spanish", "Spanish"),
  PT("Portugal", "Lisbon", "Europe/Lisbon", "Portuguese", "Portuguese"),
  PL("Poland", "Warsaw", "Europe/Warsaw", "Polish", "Polish"),
  IE("Ireland", "Dublin", "Europe/Dublin", "Irish", "English"),
  FR("France", "Lyon", "Europe/Paris", "French", "French"),
  SE("Sweden", "Stockholm", "Europe/Stockholm", "Swedish", "Swedish"),
  US("United States", "New York", "America/New_York", "American", "English");

  /** Countries a remote European employee is drawn from. */
  static final List<DemoCountry> REMOTE_EUROPE = List.of(NL, ES, PT, PL, IE, FR, SE);

  final String countryName;
  final String city;
  final String timezone;
  final String nationality;
  final String language;

  DemoCountry(
      String countryName, String city, String timezone, String nationality, String language) {
    this.countryName = countryName;
    this.city = city;
    this.timezone = timezone;
    this.nationality = nationality;
    this.language = language;
  }

  /** Returns the country for an ISO code, or empty when the demo does not use it. */
  static Optional<DemoCountry> of(String code) {
    for (DemoCountry country : values()) {
      if (country.name().equals(code)) {
        return Optional.of(country);
      }
    }
    return Optional.empty();
  }
}
