package consumer;

import io.humaans.checks.CheckConfig;
import io.humaans.checks.CheckInput;
import io.humaans.checks.Checks;
import io.humaans.checks.Report;
import io.humaans.checks.model.Directory;
import io.humaans.client.HumaansClient;
import io.humaans.client.directory.DirectoryReader;
import io.humaans.client.model.Person;
import java.time.LocalDate;

/** A consumer's code: reads the directory with the client and judges it with the checks. */
public final class PeopleAudit {
  private final HumaansClient client;

  /** @param client the client to read with */
  public PeopleAudit(HumaansClient client) {
    this.client = client;
  }

  /** @return how many people the token can see */
  public long countPeople() {
    long n = 0;
    for (Person ignored : client.people().list()) {
      n++;
    }
    return n;
  }

  /**
   * @param asOf the date to judge as of
   * @return the report over the whole directory
   */
  public Report audit(LocalDate asOf) {
    Directory directory = DirectoryReader.builder(client).build().read();
    CheckInput input = CheckInput.builder().directory(directory).build();
    return Checks.run(input, CheckConfig.builder().asOf(asOf).build());
  }
}
