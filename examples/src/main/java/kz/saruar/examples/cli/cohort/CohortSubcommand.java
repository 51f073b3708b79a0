package kz.saruar.examples.cli.cohort;

import kz.saruar.examples.cli.CliCommand;
import picocli.CommandLine.Mixin;

/** A {@code saruar cohort} subcommand: it works on the cohort at LOCATION (LFT-06), opened through {@link CohortOptions}. */
abstract class CohortSubcommand extends CliCommand {
    /** LOCATION, {@code --keys}, and how the cohort is opened and an outcome printed. */
    @Mixin
    CohortOptions options;
}
