package kz.legalstat;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Sheet;

/** Values typed into a sheet as Excel keeps them: in the column's format, dates as dates, numbers as numbers. */
public final class TypedCells {

    private TypedCells() {
    }

    /** Types the values into the row, from the first column; a null leaves its cell empty. */
    public static void type(Sheet sheet, int rowIndex, Object... values) {
        var row = sheet.createRow(rowIndex);
        for (int c = 0; c < values.length; c++) {
            var cell = row.createCell(c);
            cell.setCellStyle(sheet.getColumnStyle(c));
            if (values[c] instanceof LocalDate day) {
                cell.setCellValue(day);
            } else if (values[c] instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (values[c] != null) {
                cell.setCellValue(values[c].toString());
            }
        }
    }
}
