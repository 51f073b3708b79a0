package kz.saruar.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import kz.saruar.model.Language;
import kz.saruar.model.validation.Problem;
import kz.saruar.model.validation.ProblemKind;

/** How every command reports problems: their exit code and their JSON form. */
public final class Problems {
    private Problems() {
    }

    /** {@link ExitCodes#UNREADABLE} when any problem is that the input could not be read, else {@link ExitCodes#REFUSED}. */
    public static int exitCode(List<Problem> problems) {
        return problems.stream().anyMatch(p -> p.kind() == ProblemKind.UNREADABLE)
                ? ExitCodes.UNREADABLE : ExitCodes.REFUSED;
    }

    /** The problems as a JSON array of {@code {path, rule, kind, message: {kk, ru, en}}}. */
    public static ArrayNode toJson(List<Problem> problems) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (Problem p : problems) {
            ObjectNode o = a.addObject();
            o.put("path", p.path());
            o.put("rule", p.rule().value());
            o.put("kind", p.kind().name());
            ObjectNode msg = o.putObject("message");
            for (Language l : Language.values()) {
                msg.put(l.tag(), p.message().get(l));
            }
        }
        return a;
    }
}
