package kz.legalstat.quality;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The decision after verification: {@code UNITS_BLOCKED} when findings of severity ERROR keep some units'
 * data out of the reports (the reports then mark them), {@code COMPLETED} when every unit's data may be used.
 */
@Component
public class BlockedUnitsDecider implements JobExecutionDecider {

    public static final FlowExecutionStatus UNITS_BLOCKED = new FlowExecutionStatus("UNITS_BLOCKED");

    private final JdbcClient jdbc;

    BlockedUnitsDecider(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
        long runId = jobExecution.getExecutionContext().getLong(VerifyResult.RUN_ID_KEY);
        long blocked = jdbc.sql("SELECT count(*) FROM quality_blocked_unit WHERE run_id = ?").param(runId)
                .query(Long.class).single();
        return blocked > 0 ? UNITS_BLOCKED : FlowExecutionStatus.COMPLETED;
    }
}
