package dev.newsdigest.digest.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Мы не взаимодействуем.                                       | RU
            Мэр открыл мост                                              | RU
            Суд отменил приговор                                         | RU
            Он сказал, что это так                                       | RU
            Путин прибыл в Минск                                         | RU
            Дмитро Пєсков (фото з відкритих джерел) — сказал Песков сегодня утром на брифинге в Кремле перед журналистами | RU
            Міський голова заявив про це.                                | UK
            Суд скасував вирок                                           | UK
            Вона сказала, що це так                                      | UK
            Уряд продовжив програму                                      | UK
            Кабмін ухвалив постанову                                     | UK
            The mayor said the talks were over.                          | EN
            Mayor opens bridge                                           | EN
            Storm knocks out power                                       | EN
            Flooding Forces Thousands From Homes in Southern Brazil      | EN
            State Senate Budget Chief Praises Governor Transit Spending Plan Despite Deficit Worries | EN
            Mayor sharpens focus as N.Y. vote nears                      | EN
            Council member: transit plan good or another costly mistake? | EN
            """)
    void ruUkEnAreRightOnShortTexts(String text, Language expected) {
        assertThat(detector.detect(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Der Bürgermeister sagte, die Gespräche seien beendet.        | german
            Le maire a déclaré que les négociations étaient terminées.   | french
            El alcalde dijo que las conversaciones habían terminado.     | spanish
            Burmistrz powiedział, że rozmowy się zakończyły.             | polish
            市长说会谈已经结束                                              | chinese
            Кметът каза, че преговорите са приключили.                    | bulgarian
            Прэзідэнт сустрэўся з міністрам у Мінску.                     | belarusian
            Градоначелник је рекао да су преговори завршени.              | serbian
            Әкім келіссөздер аяқталды деді.                               | kazakh
            12345 67 890                                                 | digits only
            Der Bundestag beschloss gestern nach langer Debatte das neue Gesetz zur Reform der Rente und der Pflege in Deutschland | german without umlauts
            """)
    void otherLanguagesAreUnknownNotGuessed(String text, String language) {
        assertThat(detector.detect(text)).as(language).isEqualTo(Language.UNKNOWN);
    }
}
