/**
 * Scheduling (APP-09..11, PRE-01..07, DEF-11, ACC-01..04): working days on holiday calendars,
 * program calendars, consultation booking and planning, deadlines, reminders through the
 * notification SPI, iCalendar export, and the strict readers of the scheduling inputs.
 *
 * <p>Every package is API; each is opened to Jackson databind alone, which binds the input records
 * and holiday data by reflection.
 */
module kz.saruar.scheduling {
    requires transitive kz.saruar.model;
    requires com.google.common;
    requires org.slf4j;

    exports kz.saruar.scheduling;
    exports kz.saruar.scheduling.calendar;
    exports kz.saruar.scheduling.consultation;
    exports kz.saruar.scheduling.deadline;
    exports kz.saruar.scheduling.ical;
    exports kz.saruar.scheduling.input;
    exports kz.saruar.scheduling.program;
    exports kz.saruar.scheduling.reminder;

    opens kz.saruar.scheduling to com.fasterxml.jackson.databind;
    opens kz.saruar.scheduling.calendar to com.fasterxml.jackson.databind;
    opens kz.saruar.scheduling.consultation to com.fasterxml.jackson.databind;
    opens kz.saruar.scheduling.deadline to com.fasterxml.jackson.databind;
    opens kz.saruar.scheduling.ical to com.fasterxml.jackson.databind;
    opens kz.saruar.scheduling.input to com.fasterxml.jackson.databind;
    opens kz.saruar.scheduling.program to com.fasterxml.jackson.databind;
    opens kz.saruar.scheduling.reminder to com.fasterxml.jackson.databind;
}
