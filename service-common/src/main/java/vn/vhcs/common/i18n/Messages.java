package vn.vhcs.common.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * The texts of answers in the caller's language: Vietnamese with {@code Accept-Language: vi},
 * English otherwise. Outside a request (event consumers, start-up) English.
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, VIETNAMESE);
    private static final String BUNDLE = "vn.vhcs.common.i18n.messages";

    private Messages() {
    }

    /** The text of {@code key} in the current request's language, with {@code args} filled in. */
    public static String get(String key, Object... args) {
        return get(locale(), key, args);
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The language the caller asked for among the supported ones (RFC 9110 Accept-Language). */
    public static Locale locale() {
        String header = acceptLanguage();
        return resolve(header);
    }

    public static Locale resolve(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match == null ? Locale.ENGLISH : match;
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }

    private static String acceptLanguage() {
        if (Arc.container() == null) {
            return null;
        }
        ManagedContext requests = Arc.container().requestContext();
        if (!requests.isActive()) {
            return null;
        }
        CurrentVertxRequest current = Arc.container().instance(CurrentVertxRequest.class).get();
        if (current == null || current.getCurrent() == null) {
            return null;
        }
        return current.getCurrent().request().getHeader("Accept-Language");
    }
}
