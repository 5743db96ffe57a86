package nl.thuisplan.allocation.engine;

import java.util.ArrayList;
import java.util.List;

import nl.thuisplan.allocation.engine.AllocationValidationException.Code;
import nl.thuisplan.allocation.engine.AllocationValidationException.FieldError;

/** Collects validation problems in the order they are found. */
final class Errors {

    private final List<FieldError> list = new ArrayList<>();

    void add(String field, Code code, String message) {
        list.add(new FieldError(field, code, message));
    }

    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new AllocationValidationException(list);
        }
    }
}
