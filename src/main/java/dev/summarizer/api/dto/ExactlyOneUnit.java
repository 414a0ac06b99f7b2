package dev.summarizer.api.dto;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A {@link LengthSpec} must name exactly one unit. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ExactlyOneUnit.Validator.class)
public @interface ExactlyOneUnit {

    String message() default "give exactly one of sentences, ratio, words, characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Counts the units given. */
    class Validator implements ConstraintValidator<ExactlyOneUnit, LengthSpec> {
        @Override
        public boolean isValid(LengthSpec length, ConstraintValidatorContext context) {
            return length == null || length.unitCount() == 1;
        }
    }
}
