package kz.legalstat.calendar;

/** Calendar files as the office writes them, for the tests of loading one. */
public final class CalendarFiles {

    /**
     * 2027 as the Labour Code makes it: its fixed holidays (Constitution Day on 15 March from 2027), each one that falls on a Saturday or Sunday carried to the
     * next working day, and the first day of Kurban Ait (its date here is for the test, not the official one).
     */
    public static final String YEAR_2027 = """
            day;kind;note_kk;note_ru
            2027-01-01;HOLIDAY;Жаңа жыл;Новый год
            2027-01-02;HOLIDAY;Жаңа жыл;Новый год
            2027-01-04;CARRIED_DAY_OFF;2 қаңтардан ауыстырылған демалыс;Выходной за 2 января
            07.01.2027;HOLIDAY;Православиелік Рождество;Православное Рождество
            2027-03-08;HOLIDAY;Халықаралық әйелдер күні;Международный женский день
            2027-03-15;HOLIDAY;Конституция күні;День Конституции
            2027-03-21;HOLIDAY;Наурыз мейрамы;Наурыз мейрамы
            2027-03-22;HOLIDAY;Наурыз мейрамы;Наурыз мейрамы
            2027-03-23;HOLIDAY;Наурыз мейрамы;Наурыз мейрамы
            2027-03-24;CARRIED_DAY_OFF;21 наурыздан ауыстырылған демалыс;Выходной за 21 марта
            2027-05-01;HOLIDAY;Қазақстан халқының бірлігі мерекесі;Праздник единства народа Казахстана
            2027-05-03;CARRIED_DAY_OFF;1 мамырдан ауыстырылған демалыс;Выходной за 1 мая
            2027-05-07;HOLIDAY;Отан қорғаушы күні;День защитника Отечества
            2027-05-09;HOLIDAY;Жеңіс күні;День Победы
            2027-05-10;CARRIED_DAY_OFF;9 мамырдан ауыстырылған демалыс;Выходной за 9 мая
            2027-05-17;HOLIDAY;Құрбан айттың бірінші күні;Первый день Курбан айта
            2027-07-06;HOLIDAY;Астана күні;День столицы
            2027-10-25;HOLIDAY;Республика күні;День Республики
            2027-12-16;HOLIDAY;Тәуелсіздік күні;День Независимости
            """;

    private CalendarFiles() {
    }
}
