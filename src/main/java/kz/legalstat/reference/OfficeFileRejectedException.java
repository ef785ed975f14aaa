package kz.legalstat.reference;

import java.util.List;

/** A file the office loads, refused with every problem found in it; what it would have changed is left as it was. */
public class OfficeFileRejectedException extends RuntimeException {

    private final transient List<OfficeFileProblem> problems;

    public OfficeFileRejectedException(List<OfficeFileProblem> problems) {
        super(problems.get(0).key());
        this.problems = List.copyOf(problems);
    }

    public OfficeFileRejectedException(String key, Object... args) {
        this(List.of(new OfficeFileProblem(null, key, args)));
    }

    public List<OfficeFileProblem> problems() {
        return problems;
    }
}
