package kz.saruar.model.methodology;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.catalog.Direction;
import kz.saruar.model.catalog.DocumentKind;
import kz.saruar.model.catalog.RuleText;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;
import kz.saruar.model.validation.Positive;

/** The methodology file as written (docs/methodology-file.md): every rule of docs/rules.md that is data, before derivation (the standard one is the 2020 KIOR methodology). */
@Cites("FMT-01")
public record MethodologyDocument(
        @Positive int schemaVersion,
        @Code String id,
        LocalizedText name,
        LocalizedText source,
        Optional<String> basedOn,
        @Cites("CAT-01") List<Direction> directions,
        @Cites("CAT-03") List<CatalogEntry> principles,
        @Cites("CAT-04") List<CatalogEntry> accelerationStages,
        @Cites("CAT-05") List<CatalogEntry> expertAreas,
        @Cites("CAT-06") List<CatalogEntry> fundingSources,
        @Cites("CAT-06") List<CatalogEntry> informationPlatforms,
        @Cites("CAT-07") List<CatalogEntry> rankingCriteria,
        @Cites("PRE-08") List<DocumentKind> documentKinds,
        IntakeRules intake,
        ExpertRules experts,
        PreAccelerationProgram preAcceleration,
        DefenseRules defense,
        AccelerationProgram acceleration,
        ExitRules exit,
        MaturityModel maturity,
        LedgerRules ledger,
        LifecycleRules lifecycle,
        List<RuleText> rules) {
    /** The one format this library reads (FMT-01): a file of another version is refused, not read as this one. */
    public static final int SCHEMA_VERSION = 1;

    /** Refuses nulls and copies lists. */
    public MethodologyDocument {
        Arguments.nonNull("id", id, "name", name, "source", source, "basedOn", basedOn, "intake", intake,
                "experts", experts, "preAcceleration", preAcceleration, "defense", defense, "acceleration", acceleration,
                "exit", exit, "maturity", maturity, "ledger", ledger, "lifecycle", lifecycle);
        directions = ImmutableList.copyOf(Objects.requireNonNull(directions, "directions"));
        principles = ImmutableList.copyOf(Objects.requireNonNull(principles, "principles"));
        accelerationStages = ImmutableList.copyOf(Objects.requireNonNull(accelerationStages, "accelerationStages"));
        expertAreas = ImmutableList.copyOf(Objects.requireNonNull(expertAreas, "expertAreas"));
        fundingSources = ImmutableList.copyOf(Objects.requireNonNull(fundingSources, "fundingSources"));
        informationPlatforms = ImmutableList.copyOf(Objects.requireNonNull(informationPlatforms, "informationPlatforms"));
        rankingCriteria = ImmutableList.copyOf(Objects.requireNonNull(rankingCriteria, "rankingCriteria"));
        documentKinds = ImmutableList.copyOf(Objects.requireNonNull(documentKinds, "documentKinds"));
        rules = ImmutableList.copyOf(Objects.requireNonNull(rules, "rules"));
    }
}
