package kz.legalstat.ingest;

import org.springframework.batch.core.step.Step;

/**
 * The steps of a collection, in their order, for the jobs that compose them (collectSubmissionsJob, nightlyJob):
 * taken by type, so that a job names what it runs instead of matching bean names.
 *
 * @param scan      finds the inbox's new files and records them
 * @param load      loads them, the regions in parallel, a file per transaction
 * @param refresh   brings the current state up to date (versions, deadlines) for what came otherwise
 */
public record CollectionSteps(Step scan, Step load, Step refresh) {
}
