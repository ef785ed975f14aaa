package kz.legalstat.terms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** One act as it stands on a day: what the unit sent of it, its status and how its deadline was reached. */
@Service
public class ActDeadlines {

    /** The act's latest version, its status on {@code asOf} (spec's definitions) and its deadline's account. */
    public record ActStanding(String unitCode, String regionCode, String actId, String actType, String addresseeKind,
                              String addressee, LocalDate issuedOn, LocalDate receivedOn, Integer termDays,
                              LocalDate consideredOn, String outcome, LocalDate reportedOn, String fileName,
                              int rowNumber, LocalDate asOf, boolean considered, boolean pendingWithinTerm,
                              boolean unansweredPastTerm, boolean consideredLate, boolean reportedLate,
                              Integer daysLate, Deadline deadline) {

        /** The status words' keys that apply, in the order the reports give them (considered or pending first). */
        public List<String> statuses() {
            List<String> keys = new ArrayList<>();
            keys.add(considered ? "considered" : pendingWithinTerm ? "pending" : "unanswered");
            if (consideredLate) {
                keys.add("considered-late");
            }
            if (reportedLate) {
                keys.add("reported-late");
            }
            return keys;
        }
    }

    private final JdbcClient jdbc;

    ActDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ActStanding> find(String unitCode, String actId, LocalDate asOf) {
        // the act's issue date first (by its key), so that the status is computed over that one day's acts
        Optional<LocalDate> issued = jdbc.sql("SELECT issued_on FROM act WHERE unit_code = ? AND act_id = ?")
                .params(unitCode, actId).query(LocalDate.class).optional();
        return issued.flatMap(day -> jdbc.sql("""
                SELECT s.unit_code, s.region_code, s.act_id, s.act_type, s.addressee_kind, s.addressee, s.issued_on,
                       s.received_on, s.term_days, s.considered_on, s.outcome, s.reported_on, s.file_name,
                       s.row_number, s.is_considered, s.is_pending_within_term, s.is_unanswered_past_term,
                       s.is_considered_late, s.is_reported_late, s.days_late,
                """ + Deadline.COLUMNS + """

                FROM act_status(?, ?, ?) s
                """ + Deadline.JOIN + """

                WHERE s.unit_code = ? AND s.act_id = ?""")
                .params(day, day, asOf, unitCode, actId)
                .query((rs, n) -> new ActStanding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class), (Integer) rs.getObject(9), rs.getObject(10, LocalDate.class),
                        rs.getString(11), rs.getObject(12, LocalDate.class), rs.getString(13), rs.getInt(14), asOf,
                        rs.getBoolean(15), rs.getBoolean(16), rs.getBoolean(17), rs.getBoolean(18), rs.getBoolean(19),
                        (Integer) rs.getObject(20), Deadline.read(rs, 21)))
                .optional());
    }
}
