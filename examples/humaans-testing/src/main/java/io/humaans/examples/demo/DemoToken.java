package io.humaans.examples.demo;

import java.util.List;

/** An API token the demo server accepts: its id, label and scopes (the secret is the map key). */
record DemoToken(String id, String label, List<String> scopes) {
  DemoToken {
    scopes = List.copyOf(scopes);
  }

  boolean has(String scope) {
    return scopes.contains(scope);
  }
}
