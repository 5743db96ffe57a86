package nl.thuisplan.allocation;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.thuisplan.allocation.AllocationViews.BoundView;
import nl.thuisplan.allocation.AllocationViews.CriterionView;
import nl.thuisplan.allocation.AllocationViews.DraagkrachtView;
import nl.thuisplan.allocation.AllocationViews.Result;
import nl.thuisplan.allocation.ModelRepository.Scenario;
import nl.thuisplan.allocation.ModelRepository.ScenarioColumns;
import nl.thuisplan.allocation.ModelRepository.ScenarioFields;
import nl.thuisplan.allocation.ModelRepository.ScenarioRow;

/** The jsonb columns of fair share (criteria, draagkracht, bounds, snapshot) between their text and their records. */
@Singleton
class AllocationJson {

    private final JsonMapper json;

    AllocationJson(JsonMapper json) {
        this.json = json;
    }

    Scenario scenario(ScenarioRow r) {
        return new Scenario(r.regionId(), r.scenarioId(), r.modelId(), r.name(), r.versionNo(), r.status(), r.totalSource(),
                r.total(), r.method(), r.referenceDate(), read(r.criteria(), Argument.listOf(CriterionView.class)),
                r.draagkracht() == null ? null : read(r.draagkracht(), Argument.of(DraagkrachtView.class)),
                read(r.bounds(), Argument.listOf(BoundView.class)), r.snapshot(), r.lockVersion(), r.updatedAt(),
                r.updatedBy(), r.adoptedAt(), r.adoptedBy());
    }

    ScenarioColumns columns(ScenarioFields f) {
        return new ScenarioColumns(f.name(), f.totalSource(), f.total(), f.method(), f.referenceDate(), write(f.criteria()),
                f.draagkracht() == null ? null : write(f.draagkracht()), write(f.bounds()));
    }

    /** The result an adopted scenario stored, exactly as it was stored. */
    Result snapshot(Scenario s) {
        return read(s.snapshot(), Argument.of(Result.class));
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
