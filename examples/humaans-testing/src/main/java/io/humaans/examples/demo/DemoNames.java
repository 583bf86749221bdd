package io.humaans.examples.demo;

/** Name pools the demo company draws its regular employees from. */
final class DemoNames {
  static final String[] FIRST = {
    "Adam", "Adele", "Ahmed", "Alba", "Alex", "Amara", "Anders", "Anna", "Ana", "Astrid",
    "Beatriz", "Bilal", "Camille", "Carlos", "Chiara", "Clara", "Dario", "David", "Diego",
    "Dmitri", "Eleni", "Elif", "Emil", "Erik", "Eva", "Felix", "Filip", "Freya", "Gabriel",
    "Hana", "Hassan", "Helena", "Ines", "Isla", "Ivan", "Jack", "Jana", "Joao", "Johan",
    "Julia", "Karim", "Katarzyna", "Laura", "Leon", "Lina", "Luca", "Maja", "Marek", "Maria",
    "Marta", "Max", "Mei", "Nadia", "Nils", "Nina", "Olga", "Oscar", "Pablo", "Paula", "Pedro",
    "Rafael", "Rosa", "Ruth", "Samir", "Sara", "Sebastian", "Simone", "Stefan", "Tara", "Theo",
    "Umar", "Vera", "Viktor", "Wei", "Yara", "Yusuf", "Zainab", "Zofia"
  };

  static final String[] LAST = {
    "Andersen", "Baker", "Barros", "Berg", "Bianchi", "Blanco", "Brandt", "Byrne", "Castro",
    "Costa", "Dahl", "Dubois", "Eriksen", "Ferreira", "Fontaine", "Garcia", "Gomez", "Hansen",
    "Hartmann", "Hughes", "Ibrahim", "Jansen", "Jensen", "Keller", "Kovacs", "Kowalczyk",
    "Kruger", "Larsen", "Lehmann", "Lopez", "Marino", "Meyer", "Moreno", "Murphy", "Nielsen",
    "Novak", "Nunes", "Olsen", "Papadopoulos", "Pereira", "Peters", "Quinn", "Ricci", "Rocha",
    "Roth", "Ruiz", "Santos", "Schneider", "Silva", "Smith", "Sorensen", "Stewart", "Svensson",
    "Taylor", "Van Dijk", "Vasquez", "Visser", "Wagner", "Walsh", "Weber", "Wilson", "Wong",
    "Yilmaz", "Zielinski"
  };

  private DemoNames() {}
}
