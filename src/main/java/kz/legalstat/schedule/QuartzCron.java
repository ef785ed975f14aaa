package kz.legalstat.schedule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.text.ParseException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.quartz.CronExpression;

/**
 * A Quartz cron expression (seconds first). Checked when jobs/*.yml is bound, so that a wrong schedule is named
 * with its file and line at start-up instead of failing when the trigger is built.
 */
@Documented
@Constraint(validatedBy = QuartzCron.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface QuartzCron {

    String message() default "config.cron";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Quartz's own words say what is wrong (an hour of 25, a missing field...). */
    class Validator implements ConstraintValidator<QuartzCron, String> {

        @Override
        public boolean isValid(String cron, ConstraintValidatorContext context) {
            if (cron == null || cron.isBlank()) {
                return true;
            }
            try {
                new CronExpression(cron);
                return true;
            } catch (ParseException e) {
                context.disableDefaultConstraintViolation();
                // the key of our text, then Quartz's reason as data: escaped, so that it is not read as a template
                String reason = e.getMessage().replaceAll("([\\\\{}$])", "\\\\$1");
                context.buildConstraintViolationWithTemplate("config.cron: " + reason).addConstraintViolation();
                return false;
            }
        }
    }
}
