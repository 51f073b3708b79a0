package kz.saruar.examples.plugin.urbanism;

import java.util.List;
import kz.saruar.spi.LocalizedString;
import kz.saruar.spi.direction.DirectionDefinition;
import kz.saruar.spi.direction.DirectionProvider;

/**
 * An example direction plugin: Urbanism, the further theme the methodology itself proposes for
 * regional accelerators (CAT-02, M V.5.2 "Пятое"; kk and ru texts are the seed's, en translated). Registered in
 * {@code META-INF/services/kz.saruar.spi.direction.DirectionProvider}.
 */
public final class UrbanismDirections implements DirectionProvider {
    private static final List<DirectionDefinition> DIRECTIONS = List.of(new DirectionDefinition(
            "URBANISM",
            LocalizedString.of("Урбанистика", "Урбанистика", "Urbanism"),
            LocalizedString.of(
                    "Өмір сүру үшін қолайлы қалалық ортаны дамыту",
                    "Развитие городской среды, удобной для проживания",
                    "Developing an urban environment that is good to live in"),
            List.of(
                    LocalizedString.of("Бірлесіп жобалау", "Соучаствующее проектирование", "Participatory design"),
                    LocalizedString.of("Бастамашылық бюджеттеу", "Инициативное бюджетирование", "Initiative budgeting"),
                    LocalizedString.of("Қала ауқымында жасыл технологияларды дамыту",
                            "Развитие зеленых технологий в масштабах города", "City-scale green technology"),
                    LocalizedString.of("Достық, инклюзивті қалалық ортаны құру",
                            "Создание дружественной, инклюзивной городской среды", "A friendly, inclusive urban environment"),
                    LocalizedString.of("Жергілікті өзін-өзі басқаруды дамыту", "Развитие местного самоуправления",
                            "Developing local self-government"))));

    @Override
    public String providerName() {
        return "example:urbanism";
    }

    @Override
    public List<DirectionDefinition> directions() {
        return DIRECTIONS;
    }
}
