package org.cultivar.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeCsvTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            =1+1            | '=1+1
            +86 20 1234     | '+86 20 1234
            -2+3            | '-2+3
            @SUM(A1:A2)     | '@SUM(A1:A2)
            广州=天河        | 广州=天河
            2000000.00      | 2000000.00
            ``              | ``
            """)
    void prefixesCellsThatASpreadsheetWouldEvaluate(String cell, String written) {
        assertThat(SafeCsv.neutralised(cell)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({"'\tcmd'", "'\rcmd'"})
    void prefixesLeadingTabsAndCarriageReturns(String cell) {
        assertThat(SafeCsv.neutralised(cell)).startsWith("'").endsWith("cmd");
    }
}
