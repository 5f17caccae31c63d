package org.clinic.content.seo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.clinic.theme.SiteIdentity;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StructuredDataTests {

    private final StructuredData data = new StructuredData(
            new SiteIdentity("Riverbend <Physio>", "(555) 555-0142", "1200 Riverbend Avenue", "https://clinic.example/"));

    @Test
    void noTextAnEditorTypesCanCloseTheScriptElement() {
        Map<String, Object> article = data.node("Article");
        article.put("headline", "Back pain </script><script>alert(1)</script> & <!-- more");

        String json = data.graph(List.of(article, data.clinic()));

        assertThat(json).doesNotContain("<", ">");
        var parsed = JsonMapper.builder().build().readTree(json);
        assertThat(parsed.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(parsed.get("@graph").get(0).get("headline").asString())
                .isEqualTo("Back pain </script><script>alert(1)</script> & <!-- more");
        assertThat(parsed.get("@graph").get(1).get("name").asString()).isEqualTo("Riverbend <Physio>");
    }

    @Test
    void theClinicIsAMedicalClinicOthersReferToByItsId() {
        Map<String, Object> clinic = data.clinic();

        assertThat(clinic).containsEntry("@type", "MedicalClinic").containsEntry("@id", "https://clinic.example/#clinic")
                .containsEntry("url", "https://clinic.example/").containsEntry("telephone", "(555) 555-0142")
                .containsEntry("address", "1200 Riverbend Avenue");
        assertThat(data.clinicRef()).containsEntry("@id", "https://clinic.example/#clinic");
    }

    @Test
    void breadcrumbsAreNumberedFromOneAndTheCurrentPageGetsItsOwnAddress() {
        Map<String, Object> list = data.breadcrumbs(
                List.of(new Crumb("Home", "/"), new Crumb("Articles", "/articles"), new Crumb("Sciatica", null)),
                "/articles/sciatica");

        assertThat(list.get("itemListElement")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .extracting(i -> ((Map<?, ?>) i).get("position") + " " + ((Map<?, ?>) i).get("item"))
                .containsExactly("1 https://clinic.example/", "2 https://clinic.example/articles",
                        "3 https://clinic.example/articles/sciatica");
    }
}
