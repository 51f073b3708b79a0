package kz.saruar.examples.cli.community;

import java.nio.file.Path;
import kz.saruar.community.registry.Registry;
import kz.saruar.examples.cli.CliCommand;
import kz.saruar.examples.cli.MethodologyOption;
import kz.saruar.model.decision.Outcome;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** A community command on the registry of experts and projects (PLT-01), read against the chosen methodology. */
abstract class RegistryCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "REGISTRY.json", description = "The expert and project registry.")
    Path file;

    @Mixin
    MethodologyOption methodology;

    /** The registry, or the refusal of the methodology file or of the registry. */
    Outcome<Registry> registry() {
        return methodology.resolve().flatMap(m -> Registry.read(file, m));
    }
}
