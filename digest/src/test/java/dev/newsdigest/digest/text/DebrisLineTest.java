package dev.newsdigest.digest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DebrisLineTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Фото: пресс-служба мэрии", "Photo: Jake Miller/Reuters", "(фото з відкритих джерел)",
        "Дмитро Пєсков (фото з відкритих джерел)", "Фото РИА Новости", "Photo by Jane Roe/Getty Images",
        "Вакцинуватися повинні до 85% населення / фото REUTERS", "Crowds outside the station | Photo: AP",
        "Читайте также: В Казани открыли новую развязку", "Читайте також The Guardian: Після мутації не можна чекати",
        "Related: Michigan braces for more storms", "Read more: What a strike would mean",
        "Теги: Київ, транспорт", "Источник материала", "Джерело матеріалу", "loader", "Загрузка...", "Реклама",
        "Advertisement", "Поделиться", "Facebook Twitter Email", "ВКонтакте, Одноклассники, Telegram", "10:45",
        "Комментарии (3)", "12 comments", "By Sam Whitfield", "By Maria Costa and John Reed", "Автор: Ирина Валеева",
        "Беседовал Олег Смирнов", "12 марта 2024, 14:35", "Опубликовано: 15 апреля 2024, 18:20", "March 12, 2024",
        "Updated: Nov 3, 2024 10:42 PM", "05.11.2024", "© 2024 Казанский вестник. Все права защищены.",
        "Copyright 2024 The Associated Press. All rights reserved.", "Усі права захищені.",
        "Подписывайтесь на наш канал в Telegram", "Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини.",
        "Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая, вы соглашаетесь с политикой.",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "ABSTRACT.", "FULL TEXT.", "___",
    })
    void pageFurnitureIsDebris(String line) {
        assertThat(DebrisLine.isDebris(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Фото с места событий опубликовал губернатор. Пострадавших нет.",
        "By Tuesday, the council had voted for the plan.",
        "By then the storm had passed, officials said.",
        "Источник в правительстве сообщил, что решение уже принято.",
        "Related costs rose by 5 percent last year. Analysts expect more.",
        "Автор законопроекта заявил, что его поддержат.",
        "Girl Scout cookies went on sale on Monday in three states.",
        "12 марта 2024 года мэр подписал постановление о ремонте моста.",
        "Читайте также в нашем материале: как изменятся тарифы. Это важно.",
        "Подписан указ о назначении нового министра обороны.",
    })
    void proseIsNotDebris(String line) {
        assertThat(DebrisLine.isDebris(line)).isFalse();
    }
}
