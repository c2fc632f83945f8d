package org.cultivar.subsidy.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.platform.PlatformAdmin;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.EnterpriseDirectory;
import org.cultivar.registry.api.EnterpriseQuery;
import org.cultivar.registry.api.EnterpriseRow;
import org.cultivar.registry.api.Tier;
import org.cultivar.subsidy.api.payment.PayeeAccounts;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.Applications;
import org.cultivar.subsidy.api.process.Budgets;
import org.cultivar.subsidy.demo.DemoPlan.Target;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With {@code cultivar.demo=true} only: once the Guangzhou and Shenzhen cultivation schedules
 * and the demo registry are there, appropriates this year's budgets and makes applications in
 * every state through the engine's services. Runs in the background (the schedules arrive after
 * the launcher installs the regional features, the registry after its own seeding) and once:
 * a region that already has applications by the demo clerks is left alone.
 */
@Component(immediate = true, service = {})
public final class DemoPayoutSeeder {

    static final String DEMO_PROPERTY = "cultivar.demo";
    static final String GUANGZHOU_SCHEDULE = "guangzhou.cultivation";
    static final String SHENZHEN_SCHEDULE = "shenzhen.cultivation";
    /** Enough for every demo award (at most 13 × CNY 2 M in Guangzhou, 3 × 3 M in Shenzhen) with room for the UI. */
    static final Money GUANGZHOU_BUDGET = Money.parse("50000000.00");
    static final Money SHENZHEN_BUDGET = Money.parse("20000000.00");

    private static final Logger LOG = LoggerFactory.getLogger(DemoPayoutSeeder.class);
    private static final long WAIT_MINUTES = 10;
    /** Fiscal years and application dates are China's calendar days (DESIGN.md, "Dates"). */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final BundleContext context;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "cultivar-demo-payouts");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public DemoPayoutSeeder(BundleContext context) {
        this.context = context;
        String demo = context.getProperty(DEMO_PROPERTY);
        if (demo != null && demo.strip().equalsIgnoreCase("true")) {
            executor.execute(this::seedInBackground);
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }

    private void seedInBackground() {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(WAIT_MINUTES);
        try (DemoServices services = new DemoServices(context, deadline)) {
            seed(services);
        } catch (DemoServices.DemoTimeout e) {
            LOG.warn("Demo payouts not seeded: {} after {} minutes (are the Guangzhou and Shenzhen features installed"
                    + " and the demo registry seeded?)", e.getMessage(), WAIT_MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.info("Demo payout seeding stopped with the framework; the next --demo start continues where it can");
        } catch (RuntimeException e) {
            LOG.error("Seeding the demo payouts failed part way; what was done stays, like a clerk's work would", e);
        }
    }

    private void seed(DemoServices services) throws InterruptedException {
        awaitSchedulesAndRegistry(services);
        if (alreadySeeded(services.get(Applications.class))) {
            LOG.info("The demo payouts are already seeded");
            return;
        }
        long started = System.nanoTime();
        int year = LocalDate.now(CHINA).getYear();
        appropriate(services.get(Budgets.class), year);
        if (PayerAccounts.ensure(services.get(PlatformAdmin.class), List.of(GUANGZHOU_SCHEDULE, SHENZHEN_SCHEDULE))) {
            Thread.sleep(1_000); // the engine's batch and approval services restart with the new configuration
        }
        services.get(PayeeAccounts.class); // without it no batch can be paid: wait for it like the others
        EnterpriseDirectory directory = services.get(EnterpriseDirectory.class);
        DemoPayouts payouts = new DemoPayouts(services, LocalDate.now(CHINA));
        List<DemoPlan.Planned> guangzhou = DemoPlan.assign(candidates(directory, DemoActors.GUANGZHOU, DemoPlan.GUANGZHOU),
                DemoPlan.GUANGZHOU);
        payouts.run(GUANGZHOU_SCHEDULE, new DemoPayouts.Team(DemoActors.GZ_CLERK1, DemoActors.GZ_CLERK2, DemoActors.GZ_OFFICIAL),
                guangzhou);
        Map<Target, Integer> guangzhouMade = new EnumMap<>(payouts.made());
        List<DemoPlan.Planned> shenzhen = DemoPlan.assign(candidates(directory, DemoActors.SHENZHEN, DemoPlan.SHENZHEN),
                DemoPlan.SHENZHEN);
        DemoPayouts shenzhenPayouts = new DemoPayouts(services, LocalDate.now(CHINA));
        shenzhenPayouts.run(SHENZHEN_SCHEDULE,
                new DemoPayouts.Team(DemoActors.SZ_CLERK, DemoActors.SEEDING_REVIEWER, DemoActors.SEEDING_OFFICIAL), shenzhen);
        LOG.info("Seeded the demo payouts for {} in {} ms: Guangzhou {} applications {}, Shenzhen {} applications {};"
                        + " {} recorded as ineligible; budgets CNY {} ({}) and CNY {} ({})",
                year, (System.nanoTime() - started) / 1_000_000, guangzhou.size(), guangzhouMade, shenzhen.size(),
                shenzhenPayouts.made(), payouts.ineligible() + shenzhenPayouts.ineligible(), GUANGZHOU_BUDGET,
                GUANGZHOU_SCHEDULE, SHENZHEN_BUDGET, SHENZHEN_SCHEDULE);
    }

    /** Waits for both cultivation schedules and the demo registry's title holders in both cities. */
    private static void awaitSchedulesAndRegistry(DemoServices services) throws InterruptedException {
        while (services.schedule(GUANGZHOU_SCHEDULE).isEmpty() || services.schedule(SHENZHEN_SCHEDULE).isEmpty()
                || demoHolders(services.get(EnterpriseDirectory.class), DemoActors.GUANGZHOU, Tier.SPECIALIZED_SME, 1).isEmpty()
                || demoHolders(services.get(EnterpriseDirectory.class), DemoActors.SHENZHEN, Tier.SPECIALIZED_SME, 1).isEmpty()) {
            if (services.pastDeadline()) {
                throw new DemoServices.DemoTimeout("Guangzhou and Shenzhen cultivation schedules and the demo registry");
            }
            Thread.sleep(2_000);
        }
    }

    /** Any application recorded in either region (no-application drafts aside) means a previous start seeded. */
    private static boolean alreadySeeded(Applications applications) {
        for (Actor clerk : List.of(DemoActors.GZ_CLERK1, DemoActors.SZ_CLERK)) {
            for (Application.Status status : Application.Status.values()) {
                if (status != Application.Status.DRAFT && !applications.worklist(clerk, status, 0, 1).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Sets this year's appropriation unless an official already set one, which a restart must not overwrite. */
    private static void appropriate(Budgets budgets, int year) {
        if (budgets.position(DemoActors.GZ_OFFICIAL, GUANGZHOU_SCHEDULE, year).appropriation().isZero()) {
            budgets.appropriate(DemoActors.GZ_OFFICIAL, GUANGZHOU_SCHEDULE, year, GUANGZHOU_BUDGET, "演示年度预算 Demo budget");
        }
        if (budgets.position(DemoActors.SEEDING_OFFICIAL, SHENZHEN_SCHEDULE, year).appropriation().isZero()) {
            budgets.appropriate(DemoActors.SEEDING_OFFICIAL, SHENZHEN_SCHEDULE, year, SHENZHEN_BUDGET,
                    "演示年度预算（演示数据代深圳官员设定）Demo budget, set by demo seeding for Shenzhen's official");
        }
    }

    /** Title holders in name order, Little Giants interleaved with Specialized SMEs. */
    private static List<CreditCode> candidates(EnterpriseDirectory directory, RegionCode region, Map<Target, Integer> counts) {
        int wanted = DemoPlan.total(counts);
        return DemoPlan.interleave(demoHolders(directory, region, Tier.LITTLE_GIANT, wanted),
                demoHolders(directory, region, Tier.SPECIALIZED_SME, wanted * 2));
    }

    private static List<CreditCode> demoHolders(EnterpriseDirectory directory, RegionCode region, Tier tier, int limit) {
        EnterpriseQuery query = new EnterpriseQuery(null, region, null, tier, null, null);
        List<CreditCode> found = new ArrayList<>();
        for (EnterpriseRow row : directory.search(DemoActors.GZ_CLERK1, query, 0, Math.max(limit, 1) * 2)) {
            if (row.demo() && row.highestTier() == tier && found.size() < limit) {
                found.add(row.creditCode());
            }
        }
        return found;
    }
}
