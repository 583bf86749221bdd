package io.humaans.examples;

import io.humaans.client.HumaansClient;
import io.humaans.client.Scope;
import io.humaans.client.TokenScopes;
import java.io.PrintStream;

/**
 * Shows which scopes the token has and what it cannot see, before any job relies on it: without
 * {@code private:read} the API silently leaves out pre-hires and leavers.
 *
 * <p>Run it from an IDE with no arguments: without {@code HUMAANS_API_TOKEN} it uses the embedded
 * demo company.
 */
public final class ShowTokenScopes {
  private ShowTokenScopes() {}

  /** Prints the scopes and warnings to standard output. */
  public static void main(String[] args) {
    try (ExampleEnvironment env = ExampleEnvironment.open()) {
      run(env.client(), System.out);
    }
  }

  static void run(HumaansClient client, PrintStream out) {
    TokenScopes scopes = client.tokenScopes();
    if (scopes.scopes().isPresent()) {
      for (Scope scope : scopes.scopes().get()) {
        out.println(scope.value() + ": " + scope.unlocks());
      }
    } else {
      out.println("Scopes unknown: " + scopes.source());
    }
    boolean seesLeavers = scopes.has(Scope.PRIVATE_READ).orElse(false);
    out.println(
        seesLeavers
            ? "private:read present: pre-hires and leavers are visible."
            : "Without private:read, pre-hires and leavers are invisible to this token.");
    scopes.warnings().forEach(w -> out.println("warning: " + w));
  }
}
