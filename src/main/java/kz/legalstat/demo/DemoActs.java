package kz.legalstat.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import kz.legalstat.reference.Unit;

/**
 * Acts as offices issue them: mostly submissions and protests, a term from the law or the prosecutor, most
 * considered in time, some late, some still pending; outcomes, disciplined persons and restored tenge.
 */
final class DemoActs {

    private static final String[] TYPES = {"SUBMISSION", "PROTEST", "WARNING", "DEMAND", "INSTRUCTION",
            "EXPLANATION", "RESOLUTION", "APPEAL"};
    private static final int[] TYPE_WEIGHTS = {35, 20, 15, 10, 8, 5, 5, 2};
    private static final String[] SPHERES = {"CRIMINAL_PROCEEDINGS", "OPERATIVE_SEARCH", "ADMINISTRATIVE_PROCEEDINGS",
            "ENFORCEMENT_PROCEEDINGS", "CIVIL_PROCEEDINGS", "SOCIAL_SPHERE", "ECONOMY", "LEGAL_STATISTICS",
            "INTERNATIONAL", "OTHER"};
    private static final int[] SPHERE_WEIGHTS = {22, 6, 14, 8, 6, 16, 18, 5, 1, 4};
    private static final String[] OUTCOMES = {"SATISFIED", "PARTIALLY_SATISFIED", "REJECTED", "WITHDRAWN", "APPEALED"};
    private static final int[] OUTCOME_WEIGHTS = {62, 15, 13, 5, 5};
    private static final String[] STATE_BODIES = {"Акимат %s", "Отдел полиции: %s", "Управление образования, %s",
            "Управление государственных доходов по %s", "Отдел земельных отношений, %s", "%s аудандық әкімдігі"};
    private static final String[] OFFICIALS = {"Аким сельского округа Сейтқалиев Б.Н.", "Начальник отдела Иванов П.С.",
            "Директор школы Жұмабаева А.Т.", "Главный врач Ким В.Л.", "Следователь Омаров Д.К."};
    private static final String[] ENTITIES = {"ТОО «Алтын Дала»", "ТОО \"Жетісу Құрылыс\"", "АО «Қазақ Су»",
            "ТОО «Береке; Агро»", "КГП «Тазалық»", "ИП «Сапар»"};
    private static final String[] PERSONS = {"Ахметова Г.С.", "Петров И.И.", "Нұрланов Е.Б.", "Ли О.В.", "Сәрсенбаева Ж.М."};
    private static final String[] COURTS = {"Специализированный межрайонный экономический суд",
            "Районный суд № 2", "Аудандық сот"};

    private final Random random;
    private final LocalDate horizon;
    private int sequence;

    DemoActs(Random random, LocalDate horizon) {
        this.random = random;
        this.horizon = horizon;
    }

    List<DemoAct> month(Unit unit, YearMonth month, double mean, List<DemoRecord> regionRecords) {
        int count = (int) Math.round(mean * (0.75 + random.nextDouble() * 0.5));
        List<DemoAct> acts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            acts.add(act(unit, month, regionRecords));
        }
        return acts;
    }

    private DemoAct act(Unit unit, YearMonth month, List<DemoRecord> regionRecords) {
        String type = pick(TYPES, TYPE_WEIGHTS);
        LocalDate issued = DemoSubmissions.workingDayIn(random, month);
        String sphere = pick(SPHERES, SPHERE_WEIGHTS);
        String addresseeKind = addresseeKind(type);
        LocalDate received = random.nextInt(10) == 0 ? null : issued.plusDays(random.nextInt(4));
        LocalDate start = received == null ? issued : received;
        Integer term = term(type);
        int days = plannedDays(type, term);
        LocalDate considered;
        int roll = random.nextInt(100);
        if (roll < 6) {
            // still pending when recent; older ones were answered, but very late
            considered = issued.isAfter(horizon.minusDays(45)) ? null : start.plusDays(days + 20 + random.nextInt(40));
        } else if (roll < 14 && days > 0) {
            considered = start.plusDays(days + 2 + random.nextInt(14));
        } else {
            considered = start.plusDays(1 + random.nextInt(Math.max(days - 1, 1)));
        }
        if (considered != null && considered.isAfter(horizon)) {
            considered = null;
        }
        String outcome = considered == null ? null : pick(OUTCOMES, OUTCOME_WEIGHTS);
        LocalDate reported = null;
        if (considered != null && "SUBMISSION".equals(type)) {
            reported = considered.plusDays(random.nextInt(10) == 0 ? 7 + random.nextInt(5) : 1 + random.nextInt(3));
            if (reported.isAfter(horizon)) {
                reported = null;
            }
        }
        boolean upheld = "SATISFIED".equals(outcome) || "PARTIALLY_SATISFIED".equals(outcome);
        Integer disciplined = upheld && ("SUBMISSION".equals(type) || "PROTEST".equals(type)) ? random.nextInt(4) : null;
        Integer revoked = upheld && ("PROTEST".equals(type) || "RESOLUTION".equals(type)) ? 1 : null;
        var amount = upheld && "ECONOMY".equals(sphere) ? DemoSubmissions.tenge(random, 50_000, 25_000_000) : null;
        String recordRef = null;
        if ("CRIMINAL_PROCEEDINGS".equals(sphere) && random.nextInt(10) < 6) {
            List<DemoRecord> earlier = regionRecords.stream().filter(r -> !r.registeredOn().isAfter(issued)).toList();
            if (!earlier.isEmpty()) {
                recordRef = earlier.get(random.nextInt(earlier.size())).recordId();
            }
        }
        String id = unit.code() + "/" + (issued.getYear() % 100) + "-" + String.format("%06d", ++sequence);
        return new DemoAct(id, unit.code(), type, issued, addresseeKind, addressee(addresseeKind, unit), sphere,
                received, term, considered, outcome, reported, disciplined, revoked, amount, recordRef);
    }

    private Integer term(String type) {
        int roll = random.nextInt(10);
        return switch (type) {
            case "SUBMISSION" -> roll < 7 ? Integer.valueOf(30) : roll < 9 ? Integer.valueOf(20) : null;
            case "PROTEST" -> roll < 8 ? null : Integer.valueOf(15);
            case "DEMAND", "INSTRUCTION", "RESOLUTION" -> roll < 4 ? Integer.valueOf(10) : roll < 7 ? Integer.valueOf(15) : null;
            default -> null;
        };
    }

    /** Days the addressee takes in the normal case: the term, or about three weeks where there is none. */
    private static int plannedDays(String type, Integer term) {
        if ("PROTEST".equals(type)) {
            return term == null ? 10 : Math.max(term, 10);
        }
        if ("SUBMISSION".equals(type)) {
            return term == null ? 30 : Math.min(term, 30);
        }
        return term == null ? 0 : term;
    }

    private String addresseeKind(String type) {
        return switch (type) {
            case "PROTEST" -> random.nextInt(4) == 0 ? "COURT" : "STATE_BODY";
            case "SUBMISSION", "INSTRUCTION" -> random.nextBoolean() ? "STATE_BODY" : "LEGAL_ENTITY";
            case "WARNING" -> random.nextBoolean() ? "OFFICIAL" : "INDIVIDUAL";
            default -> random.nextBoolean() ? "STATE_BODY" : "OFFICIAL";
        };
    }

    private String addressee(String kind, Unit unit) {
        return switch (kind) {
            case "STATE_BODY" -> String.format(STATE_BODIES[random.nextInt(STATE_BODIES.length)], unit.nameRu());
            case "OFFICIAL" -> OFFICIALS[random.nextInt(OFFICIALS.length)];
            case "LEGAL_ENTITY" -> ENTITIES[random.nextInt(ENTITIES.length)];
            case "COURT" -> COURTS[random.nextInt(COURTS.length)];
            default -> PERSONS[random.nextInt(PERSONS.length)];
        };
    }

    private String pick(String[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
