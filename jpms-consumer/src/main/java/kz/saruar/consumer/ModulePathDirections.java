package kz.saruar.consumer;

import java.util.List;
import kz.saruar.spi.LocalizedString;
import kz.saruar.spi.direction.DirectionDefinition;
import kz.saruar.spi.direction.DirectionProvider;

/**
 * A direction plugin (CAT-02) declared with {@code provides} in this module's descriptor, as an
 * application on the module path declares its own; the ru text is the original, kk and en are
 * translations.
 */
public final class ModulePathDirections implements DirectionProvider {
    /** The code of the one direction this plugin adds. */
    public static final String CODE = "MODULE_PATH_CHECK";

    /** For {@link java.util.ServiceLoader}. */
    public ModulePathDirections() {
    }

    @Override
    public String providerName() {
        return "consumer:module-path";
    }

    @Override
    public List<DirectionDefinition> directions() {
        return List.of(new DirectionDefinition(CODE,
                LocalizedString.of("Модуль жолын тексеру", "Проверка пути модулей", "Module path check"),
                LocalizedString.of("Плагинді ServiceLoader модуль жолынан табады",
                        "Плагин, найденный ServiceLoader на пути модулей",
                        "A plugin that ServiceLoader finds on the module path"),
                List.of(LocalizedString.of("Сипаттама", "Дескриптор", "Descriptor"))));
    }
}
