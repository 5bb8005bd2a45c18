package org.cstkg.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.cstkg.serve.CstkgWebApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest({ TimelineController.class, StatsController.class })
@Import(ApiSlice.class)
@ContextConfiguration(classes = CstkgWebApplication.class)
class TimelineControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void datesWidenToWholeMonthsAndYears() {
        assertThat(TimelineController.date("to", "2024-02", true)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(TimelineController.date("from", "2023", false)).isEqualTo(LocalDate.of(2023, 1, 1));
    }

    @Test
    void timelineInOrder() throws Exception {
        mvc.perform(get("/api/timeline").param("from", "2023"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].date").value("2023-05-30"))
                .andExpect(jsonPath("$.items[-1:].kind").value("report"));
        mvc.perform(get("/api/timeline").param("to", "2023-13-01")).andExpect(status().isBadRequest());
    }

    @Test
    void stats() throws Exception {
        mvc.perform(get("/api/stats")).andExpect(status().isOk())
                .andExpect(jsonPath("$.instancesByClass['cst:Person']").value(3))
                .andExpect(jsonPath("$.graphs").value(5)); // ontology, report, two articles, reference data
    }
}
