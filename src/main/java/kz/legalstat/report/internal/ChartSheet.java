package kz.legalstat.report.internal;

import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A sheet of figures, one to a printed page: columns in the tables' order, every category named, slanted under its
 * column, the value axis titled; under the figures, the table of the numbers they draw, which the charts refer to.
 */
final class ChartSheet {

    /** Rows a figure takes: a landscape A4 page at the sheet's default row height, room for every region's name. */
    private static final int ROWS_PER_FIGURE = 32;
    /** Columns a figure spans: the first (34) and six of the data table's (16 each), a landscape A4 page across. */
    private static final int COLUMNS = 7;

    /** A series: its name, and its values in the order of the categories. */
    record Series(String name, List<? extends Number> values, byte[] colour) {
    }

    /** A figure: its title, the value axis's title, and the series over the categories. */
    record Figure(String title, String valueAxis, List<Series> series) {
    }

    private ChartSheet() {
    }

    /**
     * Every category's name on the axis (c:tickLblSkip 1): left to itself, an office may name every second region.
     * POI's slim schema has no setter for it, so the element is written through the XML cursor, in its schema place
     * (before c:noMultiLvlLbl).
     */
    private static void labelEveryCategory(XSSFChart chart) {
        String ns = "http://schemas.openxmlformats.org/drawingml/2006/chart";
        var axis = chart.getCTChart().getPlotArea().getCatAxArray(0);
        try (org.apache.xmlbeans.XmlCursor cursor = axis.newCursor()) {
            if (!cursor.toChild(new javax.xml.namespace.QName(ns, "noMultiLvlLbl"))) {
                cursor.toEndToken();
            }
            cursor.beginElement(new javax.xml.namespace.QName(ns, "tickLblSkip"));
            cursor.insertAttributeWithValue("val", "1");
        }
    }

    /**
     * Adds a sheet after the sheet at {@code after}, with each figure on a page of its own, then the data table:
     * the categories down column A, a column per series.
     */
    static XSSFSheet add(XSSFWorkbook workbook, int after, String sheetName, String dataTitle, String categoryHeader,
                         List<String> categories, List<Figure> figures, String footerTitle, String page) {
        XSSFSheet sheet = workbook.createSheet(sheetName);
        workbook.setSheetOrder(sheetName, after + 1);
        CellStyle bold = workbook.createCellStyle();
        var font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        int dataTop = figures.size() * ROWS_PER_FIGURE;
        Row title = sheet.createRow(dataTop);
        title.createCell(0).setCellValue(dataTitle);
        title.getCell(0).setCellStyle(bold);
        // series names are long («Внесено, январь – ноябрь 2026 г.»): wrapped within their columns, three lines
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.setFont(font);
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        Row head = sheet.createRow(dataTop + 1);
        head.setHeightInPoints(TextLines.height(3, 10));
        head.createCell(0).setCellValue(categoryHeader);
        head.getCell(0).setCellStyle(wrapped);
        sheet.setColumnWidth(0, 34 * 256);
        int column = 1;
        for (Figure figure : figures) {
            for (Series series : figure.series()) {
                head.createCell(column).setCellValue(series.name());
                head.getCell(column).setCellStyle(wrapped);
                sheet.setColumnWidth(column, 16 * 256);
                column++;
            }
        }
        for (int i = 0; i < categories.size(); i++) {
            Row row = sheet.createRow(dataTop + 2 + i);
            row.createCell(0).setCellValue(categories.get(i));
            int c = 1;
            for (Figure figure : figures) {
                for (Series series : figure.series()) {
                    row.createCell(c++).setCellValue(series.values().get(i).doubleValue());
                }
            }
        }
        int firstData = dataTop + 3;
        int lastData = dataTop + 2 + categories.size();
        String sheetRef = "'" + sheetName.replace("'", "''") + "'!";
        String[] labels = categories.toArray(String[]::new);
        var categorySource = XDDFDataSourcesFactory.fromArray(labels, sheetRef + "$A$" + firstData + ":$A$" + lastData);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int seriesColumn = 1;
        for (int f = 0; f < figures.size(); f++) {
            Figure figure = figures.get(f);
            int top = f * ROWS_PER_FIGURE;
            XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top, COLUMNS, top + ROWS_PER_FIGURE - 2));
            chart.setTitleText(figure.title());
            chart.setTitleOverlay(false);
            // above the plot, in a line or two: the height and the width go to the categories and their names
            chart.getOrAddLegend().setPosition(LegendPosition.TOP);
            // the categories name themselves (regions, categories); a title beside them would sit on their names
            XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
            // small enough that every region's name has its line, none skipped
            x.getOrAddTextProperties().setFontSize(8d);
            XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
            y.setTitle(figure.valueAxis());
            y.setCrosses(AxisCrosses.AUTO_ZERO);
            XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
            data.setBarDirection(BarDirection.COL);
            for (Series series : figure.series()) {
                String letter = String.valueOf((char) ('A' + seriesColumn++));
                var values = XDDFDataSourcesFactory.fromArray(series.values().toArray(Number[]::new),
                        sheetRef + "$" + letter + "$" + firstData + ":$" + letter + "$" + lastData);
                XDDFChartData.Series added = data.addSeries(categorySource, values);
                added.setTitle(series.name(), null);
                added.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(series.colour())));
            }
            data.setVaryColors(false);
            chart.plot(data);
            labelEveryCategory(chart);
            // names slanted under their columns, each in its own place along the axis
            chart.getCTChart().getPlotArea().getCatAxArray(0).getTxPr().getBodyPr().setRot(-2_700_000);
            if (f > 0) {
                sheet.setRowBreak(top - 1);
            }
        }
        sheet.setRowBreak(dataTop - 1);
        sheet.getFooter().setLeft("&8" + footerTitle.replace("&", "&&"));
        sheet.getFooter().setRight("&8" + page);
        sheet.setFitToPage(false);
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        return sheet;
    }
}
