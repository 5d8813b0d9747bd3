package vn.vhcs.common.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text without control characters, unpaired surrogates or bidirectional controls
 * ({@link vn.vhcs.common.web.UnsafeText}); {@code multiline} texts may hold line breaks and tabs.
 */
@Target({ FIELD, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
@Constraint(validatedBy = Text.Validator.class)
public @interface Text {

    boolean multiline() default false;

    String message() default "{vhcs.text.control}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Text, String> {
        private boolean multiline;

        @Override
        public void initialize(Text annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
                if ((Character.isISOControl(c) && !(multiline && lineBreak)) || c == '\u2028' || c == '\u2029') {
                    return false;
                }
            }
            return vn.vhcs.common.web.UnsafeText.find(value) == null;
        }
    }
}
