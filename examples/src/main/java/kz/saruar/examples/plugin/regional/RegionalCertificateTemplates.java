package kz.saruar.examples.plugin.regional;

import java.util.List;
import kz.saruar.spi.document.DocumentTemplate;
import kz.saruar.spi.document.DocumentTemplateProvider;
import kz.saruar.spi.document.TemplateFormat;

/**
 * A regional center's own pre-acceleration certificate (DEF-10) in Kazakh and Russian, HTML and
 * Markdown: it names the regional center and keeps the methodology's hours
 * ({@code {{methodology.certificateAcademicHours}}}). Priority 10 beats the built-in templates
 * (-100); English stays built-in. Registered in
 * {@code META-INF/services/kz.saruar.spi.document.DocumentTemplateProvider}.
 */
public final class RegionalCertificateTemplates implements DocumentTemplateProvider {
    /** The kind it overrides. */
    public static final String KIND = "PRE_ACCELERATION_CERTIFICATE";

    private static final String KK_HTML = """
            <!DOCTYPE html>
            <html lang="kk">
            <head><meta charset="utf-8"><title>Сертификат</title></head>
            <body class="regional">
            <p class="issuer">Алматы өңірлік жобалық кеңсесі</p>
            <h1>Сертификат</h1>
            <p>{{participant}} «{{project}}» жобасымен преакселерация бағдарламасынан өтті ({{periodFrom}} – {{periodTo}}).</p>
            <p>Көлемі: {{methodology.certificateAcademicHours}} академиялық сағат.</p>
            <ul><li>Бағдарлама бойынша базалық курс</li><li>Жобаларды басқару бойынша базалық курс</li><li>Консультациялық сессиялар</li></ul>
            {{#issuedOn}}<p>Берілген күні: {{issuedOn}}</p>{{/issuedOn}}
            </body>
            </html>
            """;

    private static final String RU_HTML = """
            <!DOCTYPE html>
            <html lang="ru">
            <head><meta charset="utf-8"><title>Сертификат</title></head>
            <body class="regional">
            <p class="issuer">Алматинский региональный проектный офис</p>
            <h1>Сертификат</h1>
            <p>{{participant}} прошёл(а) программу преакселерации с проектом «{{project}}» ({{periodFrom}} – {{periodTo}}).</p>
            <p>Объём: {{methodology.certificateAcademicHours}} академических часов.</p>
            <ul><li>Базовый курс по программе</li><li>Базовый курс по управлению проектами</li><li>Консультационные сессии</li></ul>
            {{#issuedOn}}<p>Дата выдачи: {{issuedOn}}</p>{{/issuedOn}}
            </body>
            </html>
            """;

    private static final String KK_MD = """
            _Алматы өңірлік жобалық кеңсесі_

            # Сертификат

            {{participant}} «{{project}}» жобасымен преакселерация бағдарламасынан өтті ({{periodFrom}} – {{periodTo}}).

            Көлемі: {{methodology.certificateAcademicHours}} академиялық сағат.

            - Бағдарлама бойынша базалық курс
            - Жобаларды басқару бойынша базалық курс
            - Консультациялық сессиялар

            {{#issuedOn}}Берілген күні: {{issuedOn}}{{/issuedOn}}
            """;

    private static final String RU_MD = """
            _Алматинский региональный проектный офис_

            # Сертификат

            {{participant}} прошёл(а) программу преакселерации с проектом «{{project}}» ({{periodFrom}} – {{periodTo}}).

            Объём: {{methodology.certificateAcademicHours}} академических часов.

            - Базовый курс по программе
            - Базовый курс по управлению проектами
            - Консультационные сессии

            {{#issuedOn}}Дата выдачи: {{issuedOn}}{{/issuedOn}}
            """;

    @Override
    public String providerName() {
        return "regional:almaty-project-office";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public List<DocumentTemplate> templates() {
        return List.of(
                DocumentTemplate.of(KIND, "kk", TemplateFormat.HTML, KK_HTML),
                DocumentTemplate.of(KIND, "ru", TemplateFormat.HTML, RU_HTML),
                DocumentTemplate.of(KIND, "kk", TemplateFormat.MARKDOWN, KK_MD),
                DocumentTemplate.of(KIND, "ru", TemplateFormat.MARKDOWN, RU_MD));
    }
}
