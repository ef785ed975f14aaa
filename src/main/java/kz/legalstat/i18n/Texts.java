package kz.legalstat.i18n;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Message-bundle text by key, in one language or in both. */
@Component
public class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    /** The bundles without Spring, for messages before the application context exists. */
    public static Texts fromBundles() {
        var bundles = new org.springframework.context.support.ResourceBundleMessageSource();
        bundles.setBasenames("i18n/messages", "i18n/web");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return new Texts(bundles);
    }

    public String get(Lang lang, String key, Object... args) {
        return messages.getMessage(key, args, lang.locale());
    }

    /** The text of a key, or what was given as it is when it is no key of ours (a library's own words). */
    public String keyOrAsIs(Lang lang, String keyOrText, Object... args) {
        return messages.getMessage(keyOrText, args, keyOrText, lang.locale());
    }

    public Bilingual both(String key, Object... args) {
        return new Bilingual(get(Lang.kk, key, args), get(Lang.ru, key, args));
    }
}
