package vn.vhcs.report.draft.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vhcs.report.ModelSector;
import vn.vhcs.report.api.ReportRequest;

/**
 * The good-practice models: how many were registered, and each one named in quotes or, failing that, each practice
 * of the "cách làm hay" section.
 */
final class ModelReader {

    private static final Pattern MODELS_COUNT = Pattern.compile("(?<![\\d.,/])(\\d{1,4})\\s+mô hình");
    private static final Pattern QUOTED_MODEL = Pattern.compile("[Mm]ô hình\\s+[“\"]([^”\"]{3,200})[”\"]");

    private final DraftText doc;
    private final String text;

    ModelReader(DraftText doc) {
        this.doc = doc;
        this.text = doc.text();
    }

    Integer modelsRegistered(int bodyEnd) {
        Matcher m = MODELS_COUNT.matcher(text.substring(0, bodyEnd));
        if (m.find()) {
            int[] clause = doc.clause(m.start());
            doc.addQuote("modelsRegistered", text.substring(clause[0], clause[1]), clause[0], 0.7);
            return Integer.parseInt(m.group(1));
        }
        return null;
    }

    List<ReportRequest.Model> models(int bodyEnd, List<DraftText.Para> goodPractices) {
        List<ReportRequest.Model> models = new ArrayList<>();
        Matcher m = QUOTED_MODEL.matcher(text.substring(0, bodyEnd));
        while (m.find()) {
            String name = m.group(1).strip();
            int[] s = doc.sentence(m.start());
            if (models.stream().noneMatch(x -> x.name().equalsIgnoreCase(name))) {
                models.add(new ReportRequest.Model(DraftText.capitalize(name), sector(text.substring(s[0], s[1])),
                        text.substring(s[0], s[1])));
                doc.addQuote("models[" + (models.size() - 1) + "]", text.substring(s[0], s[1]), s[0], 0.7);
            }
        }
        if (models.isEmpty() && goodPractices != null) {
            // the "cách làm hay" section: one practice a paragraph, named by what was built or organised
            for (DraftText.Para p : goodPractices) {
                if (p.text().length() < 120 || NarrativeReader.ARABIC.matcher(p.text()).matches()
                        || p.text().matches("^[a-zđ]\\).*")) {
                    continue;
                }
                String name = practiceName(p.text());
                models.add(new ReportRequest.Model(name, sector(p.text()), p.text()));
                doc.addQuote("models[" + (models.size() - 1) + "]", p.text(), p.start(), 0.4);
            }
        }
        return models;
    }

    private static String practiceName(String paragraph) {
        Matcher verb = Pattern.compile("(?:xây dựng|tổ chức|triển khai|áp dụng|thực hiện)\\s+").matcher(paragraph);
        String from = verb.find() ? paragraph.substring(verb.end()) : paragraph;
        Matcher stop = Pattern.compile(",|;|\\.(?=\\s|$)|\\s+(?:thì|với|để|nhằm)\\s").matcher(from);
        String name = stop.find() ? from.substring(0, stop.start()) : from;
        name = name.strip();
        if (name.length() > 200) {
            name = name.substring(0, 200).replaceFirst("\\s+\\S*$", "");
        }
        return DraftText.capitalize(name);
    }

    private static ModelSector sector(String context) {
        String lower = context.toLowerCase(Locale.ROOT);
        if (lower.contains("bệnh viện") || lower.contains("y tế")) {
            return ModelSector.HEALTH;
        }
        if (lower.contains("trường học") || lower.contains("giáo dục") || lower.contains("học sinh")) {
            return ModelSector.EDUCATION;
        }
        if (lower.contains("doanh nghiệp")) {
            return ModelSector.ENTERPRISE;
        }
        if (lower.contains("một cửa") || lower.contains("dịch vụ công")) {
            return ModelSector.PUBLIC_SERVICE;
        }
        return ModelSector.ADMINISTRATION;
    }
}
