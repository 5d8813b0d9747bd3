package vn.vhcs.report.draft.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vhcs.report.api.ReportRequest;

/** The narrative sections, found by their Roman and Arabic numbered headings (I. …, 1. …). */
final class NarrativeReader {

    /** A Roman numbered heading ("III. KẾT QUẢ ĐẠT ĐƯỢC"). */
    static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\.\\s*(.+)$");
    /** A numbered sub-heading ("1. Kết quả …"); also what the "cách làm hay" section's practices are not. */
    static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})\\.\\s*(\\p{L}.*)$");

    private final DraftText doc;

    NarrativeReader(DraftText doc) {
        this.doc = doc;
    }

    Map<String, List<DraftText.Para>> sections(int bodyEnd) {
        Map<String, List<List<DraftText.Para>>> parts = new LinkedHashMap<>();
        String romanKey = null;
        String key = null;
        List<DraftText.Para> current = null;
        for (DraftText.Para p : doc.paras()) {
            if (p.start() >= bodyEnd) {
                break;
            }
            Matcher roman = ROMAN.matcher(p.text());
            Matcher arabic = ARABIC.matcher(p.text());
            if (roman.matches() && p.text().length() < 200) {
                romanKey = section(roman.group(2));
                key = romanKey;
                current = new ArrayList<>();
                current.add(p);
                if (key != null) {
                    parts.computeIfAbsent(key, k -> new ArrayList<>()).add(current);
                }
                continue;
            }
            if (arabic.matches() && p.text().length() < 250 && current != null) {
                String child = section(arabic.group(2));
                key = child != null ? child : romanKey;
                current = new ArrayList<>();
                current.add(p);
                if (key != null) {
                    parts.computeIfAbsent(key, k -> new ArrayList<>()).add(current);
                }
                continue;
            }
            if (current != null) {
                current.add(p);
            }
        }
        Map<String, List<DraftText.Para>> sections = new LinkedHashMap<>();
        parts.forEach((k, list) -> {
            List<DraftText.Para> joined = new ArrayList<>();
            list.removeIf(part -> part.size() < 2); // a heading whose words all sit under its sub-headings
            for (List<DraftText.Para> part : list) {
                // one part: its body; several: each with its heading, so the reader sees where each came from
                joined.addAll(list.size() == 1 ? part.subList(1, part.size()) : part);
            }
            if (!joined.isEmpty()) {
                sections.put(k, joined);
            }
        });
        return sections;
    }

    private static String section(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        if (h.contains("thuận lợi")) {
            return "advantages";
        }
        if (h.contains("khó khăn")) {
            return "difficulties";
        }
        if (h.contains("hạn chế") || h.contains("tồn tại") || h.contains("khuyết điểm")) {
            return "limitations";
        }
        if (h.contains("bài học")) {
            return "lessons";
        }
        if (h.contains("kiến nghị") || h.contains("đề xuất")) {
            return "proposals";
        }
        if (h.contains("phương hướng") || h.contains("thời gian tới") || h.contains("giải pháp")) {
            return "nextTasks";
        }
        if (h.contains("cách làm hay") || h.contains("mô hình") || h.contains("sáng tạo")) {
            return "goodPractices";
        }
        if (h.contains("tác động")) {
            return "impact";
        }
        if (h.contains("kiểm tra") || h.contains("giám sát")) {
            return "inspection";
        }
        if (h.contains("tuyên truyền")) {
            return "communication";
        }
        if (h.contains("lãnh đạo") || h.contains("chỉ đạo") || h.contains("triển khai")) {
            return "leadership";
        }
        if (h.contains("kết quả") || h.contains("khen thưởng") || h.contains("biểu dương") || h.contains("thành tích")) {
            return "results";
        }
        return null;
    }

    ReportRequest.Narrative narrative(Map<String, List<DraftText.Para>> sections) {
        if (sections.isEmpty()) {
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        sections.forEach((key, list) -> {
            StringBuilder s = new StringBuilder();
            for (DraftText.Para p : list) {
                if (s.length() + p.text().length() > 19_000) {
                    break; // the contract's limit per section
                }
                s.append(s.isEmpty() ? "" : "\n").append(p.text());
            }
            texts.put(key, s.toString());
            DraftText.Para first = list.get(0);
            DraftText.Para last = list.get(list.size() - 1);
            doc.add("narrative." + key, first.start(), last.end(), 0.7);
        });
        return new ReportRequest.Narrative(texts.get("advantages"), texts.get("difficulties"), texts.get("leadership"),
                texts.get("communication"), texts.get("results"), texts.get("goodPractices"), texts.get("impact"),
                texts.get("inspection"), texts.get("limitations"), texts.get("lessons"), texts.get("nextTasks"),
                texts.get("proposals"));
    }
}
