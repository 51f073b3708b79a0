package kz.saruar.community.ikigai;

import java.util.ArrayList;
import java.util.List;
import kz.saruar.spi.document.DocumentTemplate;
import kz.saruar.spi.document.DocumentTemplateProvider;
import kz.saruar.spi.document.TemplateFormat;

/**
 * The ikigai worksheet's templates (CAT-08) in kk/ru/en, HTML and Markdown, supplied through the
 * document template SPI (discovered from {@code META-INF/services}, or handed in code). The column
 * headings are the seed's («Чего хотят», «Что могут», «Что нужно»); Kazakh and English are
 * Saruar's translations.
 */
public final class IkigaiTemplates implements DocumentTemplateProvider {
    private static final String[][] TEXTS = {
        {"kk", "Әлеуметтік бастаманың икигайы", "Не қалайды", "Не істей алады", "Не қажет", "Үшеуінің қиылысы", "Қиылыс жоқ"},
        {"ru", "Икигай для социальных инициатив", "Чего хотят", "Что могут", "Что нужно", "Пересечение всех трёх", "Пересечения нет"},
        {"en", "Ikigai of a social initiative", "What people want", "What we can do", "What is needed", "In all three", "No intersection"},
    };

    /** A public no-argument constructor, for discovery. */
    public IkigaiTemplates() {
    }

    @Override
    public String providerName() {
        return "saruar-community-ikigai";
    }

    @Override
    public List<DocumentTemplate> templates() {
        List<DocumentTemplate> all = new ArrayList<>();
        for (String[] t : TEXTS) {
            all.add(DocumentTemplate.of(IkigaiWorksheet.DOCUMENT_KIND, t[0], TemplateFormat.MARKDOWN,
                    "# " + t[1] + ": {{initiative}}\n\n| # | " + t[2] + " | " + t[3] + " | " + t[4] + " |\n|---|---|---|---|\n"
                            + "{{#rows}}| {{n}} | {{want}} | {{can}} | {{need}} |\n{{/rows}}\n## " + t[5] + "\n\n"
                            + "{{#intersection}}- {{.}}\n{{/intersection}}{{^hasIntersection}}" + t[6] + "\n{{/hasIntersection}}"));
            all.add(DocumentTemplate.of(IkigaiWorksheet.DOCUMENT_KIND, t[0], TemplateFormat.HTML,
                    "<!DOCTYPE html>\n<html lang=\"" + t[0] + "\"><head><meta charset=\"utf-8\"><title>" + t[1]
                            + "</title></head><body>\n<h1>" + t[1] + ": {{initiative}}</h1>\n<table><tr><th>#</th><th>" + t[2]
                            + "</th><th>" + t[3] + "</th><th>" + t[4] + "</th></tr>\n"
                            + "{{#rows}}<tr><td>{{n}}</td><td>{{want}}</td><td>{{can}}</td><td>{{need}}</td></tr>\n{{/rows}}</table>\n<h2>"
                            + t[5] + "</h2>\n<ul>{{#intersection}}<li>{{.}}</li>{{/intersection}}</ul>{{^hasIntersection}}<p>" + t[6]
                            + "</p>{{/hasIntersection}}\n</body></html>\n"));
        }
        return all;
    }
}
