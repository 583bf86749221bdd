/**
 * The {@code humaans} command-line program ({@link io.humaans.examples.cli.HumaansCli}) and the
 * classes that turn companion CSV files (accounts, policy, seats, events, waivers) into check
 * inputs, with errors that name the file, line and column. The commands are picocli command
 * classes, one per command ({@code ReportCommand}, {@code PeopleCommand}, ...), built from shared
 * option mixins ({@code CommonOptions}, {@code AsOfOption}, {@code FormatOption}, {@code
 * FileOptions}); {@code CliParser} parses with them and {@code HumaansCli} runs the result. Reports
 * are rendered by {@code ReportText} and {@code ReportHtml} (a self-contained page with inline SVG
 * charts); {@code BaselineFile} reads {@code --baseline} for the comparison.
 */
@NullMarked
package io.humaans.examples.cli;

import org.jspecify.annotations.NullMarked;
