package kz.legalstat.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.ContinueRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.RecordFormatException;

/**
 * The first sheet of an Excel 97-2003 workbook (.xls), read record by record as the file holds them, never as a
 * whole workbook in memory: only its table of texts is held, and it is bounded by the same limit as an .xlsx's. Cells become the text the row validator expects, as {@link XlsxTableReader}
 * gives them: date cells ISO dates, other numbers their plain decimal text.
 */
final class XlsTableReader implements TableReader {

    private final POIFSFileSystem container;
    private final InputStream stream;
    private final RecordFactoryInputStream records;
    private final FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(record -> { });
    private final List<String> header;
    private SSTRecord texts;
    private boolean date1904;
    /** 0 before the first sheet, 1 in it, 2 after it. */
    private int sheet;
    /** Within the first sheet, how deep in its nested parts (a chart has its own beginning and end) a record is. */
    private int depth;
    /** A cell record read ahead: the first of the next row. */
    private Record pending;

    private XlsTableReader(POIFSFileSystem container, InputStream stream, IngestLimits limits) throws IOException {
        this.container = container;
        this.stream = stream;
        this.records = new RecordFactoryInputStream(stream, false);
        RawRow first = next();
        this.header = TableReader.workbookHeader(first == null ? null : first.cells(), limits);
    }

    /**
     * The workbook; an .xlsx named .xls, as some units rename theirs, is read as what it is (and an .xls named .xlsx
     * comes here from {@link XlsxTableReader}).
     */
    static TableReader open(Path file, IngestLimits limits) throws IOException {
        if (FileMagic.valueOf(file.toFile()) == FileMagic.OOXML) {
            return XlsxTableReader.open(file, limits);
        }
        POIFSFileSystem container;
        try {
            container = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw new RejectedIOException(new FileRejectedException("ingest.file.not-xls"));
        }
        try {
            if (container.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
                // an .xlsx with a password to open is kept in this container, encrypted
                throw new EncryptedDocumentException("an encrypted .xlsx");
            }
            String name = HSSFWorkbook.getWorkbookDirEntryName(container.getRoot());
            long size = textBytes(container, name);
            if (size > limits.maxWorkbookTextBytes()) {
                throw new RejectedIOException(new FileRejectedException("ingest.file.xls-text-too-large",
                        XlsxTableReader.megabytes(size), XlsxTableReader.megabytes(limits.maxWorkbookTextBytes())));
            }
            return new XlsTableReader(container, container.createDocumentInputStream(name), limits);
        } catch (OldExcelFormatException e) {
            container.close();
            throw new RejectedIOException(new FileRejectedException("ingest.file.old-excel"));
        } catch (EncryptedDocumentException e) {
            container.close();
            throw new RejectedIOException(new FileRejectedException("ingest.file.encrypted"));
        } catch (IllegalArgumentException | RecordFormatException e) {
            // no workbook stream in the container (another Office document), or one that is not a workbook
            container.close();
            throw new RejectedIOException(new FileRejectedException("ingest.file.not-xls"));
        } catch (IOException | RuntimeException e) {
            container.close();
            throw e;
        }
    }

    /**
     * The bytes of the workbook's table of texts (its SST record and the CONTINUE records after it), told from the
     * records' headers alone, before anything is read into memory: the table is the one part held whole.
     */
    private static long textBytes(POIFSFileSystem container, String name) throws IOException {
        long text = 0;
        boolean inText = false;
        try (DocumentInputStream in = container.createDocumentInputStream(name)) {
            while (in.available() >= 4) {
                int sid = in.readUShort();
                int size = in.readUShort();
                if (sid == SSTRecord.sid) {
                    inText = true;
                } else if (sid != ContinueRecord.sid && inText) {
                    break;
                }
                if (inText) {
                    text += size;
                }
                in.skipNBytes(Math.min(size, in.available()));
            }
        }
        return text;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public RawRow next() throws IOException {
        for (RawRow row = nextRow(); row != null; row = nextRow()) {
            if (row.cells().stream().anyMatch(c -> !FieldParser.isBlank(c))) {
                return row;
            }
        }
        return null;
    }

    /**
     * The cells of the first sheet's next row that has any, in the file's order (a row's cells come together,
     * left to right), or null after the sheet's last.
     */
    private RawRow nextRow() throws IOException {
        List<String> cells = new ArrayList<>();
        Set<Integer> formulas = new HashSet<>();
        Set<Integer> errors = new HashSet<>();
        int rowIndex = -1;
        for (Record record = read(); record != null; record = read()) {
            if (!(record instanceof CellValueRecordInterface cell)) {
                continue;
            }
            if (rowIndex >= 0 && cell.getRow() != rowIndex) {
                pending = record;
                break;
            }
            rowIndex = cell.getRow();
            int column = cell.getColumn();
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, text(record));
            if (record instanceof FormulaRecord) {
                formulas.add(column);
            } else if (record instanceof BoolErrRecord error && error.isError()) {
                errors.add(column);
            }
        }
        return rowIndex < 0 ? null : new RawRow(rowIndex + 1, cells, formulas, errors);
    }

    /** The next record of the first sheet, the workbook's records before it taken in on the way; null after it. */
    private Record read() throws IOException {
        if (pending != null) {
            Record record = pending;
            pending = null;
            return record;
        }
        while (sheet < 2) {
            Record record;
            try {
                record = records.nextRecord();
            } catch (EncryptedDocumentException e) {
                throw new RejectedIOException(new FileRejectedException("ingest.file.encrypted"));
            } catch (RecordFormatException e) {
                throw new RejectedIOException(new FileRejectedException("ingest.file.not-xls"));
            }
            if (record == null) {
                return null;
            }
            formats.processRecordInternally(record);
            if (record instanceof BOFRecord bof && (sheet == 1 || bof.getType() == BOFRecord.TYPE_WORKSHEET)) {
                sheet = 1;
                depth++;
            } else if (record instanceof EOFRecord && sheet == 1) {
                sheet = --depth == 0 ? 2 : 1;
            } else if (record instanceof SSTRecord table) {
                texts = table;
            } else if (record instanceof DateWindow1904Record window) {
                date1904 = window.getWindowing() == 1;
            } else if (sheet == 1 && depth == 1) {
                return record;
            }
        }
        return null;
    }

    private String text(Record record) {
        if (record instanceof LabelSSTRecord label) {
            return texts == null ? "" : texts.getString(label.getSSTIndex()).getString();
        }
        if (record instanceof LabelRecord label) {
            return label.getValue();
        }
        if (record instanceof NumberRecord number) {
            String format = formats.getFormatString(number);
            if (format != null && DateUtil.isADateFormat(formats.getFormatIndex(number), format)
                    && DateUtil.isValidExcelDate(number.getValue())) {
                return DateUtil.getLocalDateTime(number.getValue(), date1904).toLocalDate().toString();
            }
            return XlsxTableReader.plain(BigDecimal.valueOf(number.getValue()));
        }
        if (record instanceof BoolErrRecord value) {
            return value.isBoolean() ? String.valueOf(value.getBooleanValue()) : "";
        }
        // a blank cell; or a formula, no value of its own: the row is refused for it, whatever it shows
        return "";
    }

    @Override
    public void close() throws IOException {
        try {
            stream.close();
        } finally {
            container.close();
        }
    }
}
