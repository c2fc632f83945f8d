package org.cultivar.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cultivar.subsidy.EngineFixture.ADMIN;
import static org.cultivar.subsidy.EngineFixture.CULTIVATION;
import static org.cultivar.subsidy.EngineFixture.GZ_AUDITOR;
import static org.cultivar.subsidy.EngineFixture.GZ_CLERK;
import static org.cultivar.subsidy.EngineFixture.GZ_OFFICIAL;
import static org.cultivar.subsidy.EngineFixture.GZ_REVIEWER;
import static org.cultivar.subsidy.EngineFixture.SZ_CLERK;
import static org.cultivar.subsidy.EngineFixture.TODAY;
import static org.cultivar.subsidy.EngineFixture.yuan;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.ApplicationInput;
import org.cultivar.subsidy.api.payment.BankAccount;
import org.cultivar.subsidy.api.payment.VerifiedAccount;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.ApprovalDecision;
import org.cultivar.subsidy.api.process.Award;
import org.cultivar.subsidy.api.process.BudgetPosition;
import org.cultivar.subsidy.api.process.ConfirmationPreview;
import org.cultivar.subsidy.api.process.ConflictException;
import org.cultivar.subsidy.api.process.DisbursementBatch;
import org.cultivar.subsidy.api.process.PaymentFile;
import org.cultivar.subsidy.api.process.Payout;
import org.cultivar.subsidy.api.process.Recovery;
import org.cultivar.store.testing.TestDatabase;
import org.cultivar.subsidy.testing.SubsidySchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** From application to paid and back: the money exact to the fen, the ledger balanced after every test. */
abstract class PayoutProcessContract {

    private EngineFixture fixture;

    abstract TestDatabase database();

    @BeforeEach
    void open() {
        fixture = new EngineFixture(database());
    }

    @AfterEach
    void close() {
        try {
            fixture.assertLedgerBalances();
        } finally {
            fixture.close();
        }
    }

    @Test
    void aClerkOfTheRegionReplacesAPayeeAccountAndTheOldOneStaysInTheHistory() {
        CreditCode firm = fixture.specializedFirm(1);
        BankAccount moved = new BankAccount("6217000010002000300", " 广州企业1 ", "中国建设银行广州天河支行", "105581000022");

        VerifiedAccount verified = fixture.payeeAccounts.verify(GZ_REVIEWER, firm, moved);

        assertThat(verified.account().accountName()).as("stored without the stray spaces").isEqualTo("广州企业1");
        assertThat(fixture.payeeAccounts.current(GZ_AUDITOR, firm)).map(VerifiedAccount::account)
                .contains(new BankAccount("6217000010002000300", "广州企业1", "中国建设银行广州天河支行", "105581000022"));
        List<VerifiedAccount> history = fixture.payeeAccounts.history(GZ_AUDITOR, firm);
        assertThat(history).extracting(VerifiedAccount::verifiedBy).containsExactly("gz.reviewer", "gz.clerk");
        assertThat(history.get(0).current()).isTrue();
        assertThat(history.get(1).supersededAt()).isNotNull();
        assertThat(fixture.audit.actions()).filteredOn("payee-account.verified"::equals).hasSize(2);

        assertThatThrownBy(() -> fixture.payeeAccounts.verify(SZ_CLERK, firm, moved)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.payeeAccounts.verify(GZ_AUDITOR, firm, moved)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.payeeAccounts.history(SZ_CLERK, firm)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPayeeAccountThatFailsValidationIsRefusedFieldByFieldAndTheCurrentOneStays() {
        CreditCode firm = fixture.specializedFirm(1);
        BankAccount before = fixture.payeeAccounts.current(GZ_CLERK, firm).orElseThrow().account();

        assertThatThrownBy(() -> fixture.payeeAccounts.verify(GZ_CLERK, firm,
                new BankAccount("6222-0200-1", " ", "中国银行\u0007广州分行", "10458100001")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("accountNumber", "accountName", "bankName", "cnapsCode"));

        assertThat(fixture.payeeAccounts.current(GZ_CLERK, firm)).map(VerifiedAccount::account).contains(before);
        assertThat(fixture.payeeAccounts.history(GZ_CLERK, firm)).hasSize(1);
    }

    @Test
    void aClerkReadsWhyAPayeeAccountOrAConfirmationIsRefusedInChinese() {
        CreditCode firm = fixture.specializedFirm(1);

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> fixture.payeeAccounts.verify(GZ_CLERK,
                firm, new BankAccount("6222-0200-1", " ", "中国银行\u0007广州分行", "10458100001")));
        assertThat(refused.problems()).extracting(problem -> problem.message(true)).containsExactly("须为 6 至 34 位数字。",
                "为必填项，最多 200 个字符。", "为必填项，最多 200 个字符。", "须为 12 位数字（CNAPS 行号）。");

        ConfirmationPreview foreign = fixture.batches.previewConfirmation(GZ_CLERK, "x.txt",
                new ByteArrayInputStream(FakeBank.confirmation("OTHER-BANK-42", "CVP1,PAID")));
        assertThat(foreign.problems()).singleElement().extracting(FieldProblem::messageZh)
                .isEqualTo("答复的是支付文件 OTHER-BANK-42，而该文件并非本系统发出。");
    }

    @Test
    void anApplicationGoesFromRecordedToPaidWithExactMoney() {
        fixture.appropriate(CULTIVATION, 2026, "1000000.00");
        CreditCode firm = fixture.specializedFirm(1);

        Application recorded = fixture.recorded(firm);
        assertThat(recorded.status()).isEqualTo(Application.Status.AWAITING_DECISION);
        assertThat(recorded.assessment().award().orElseThrow().amount()).isEqualTo(yuan("500000.00"));
        Application reviewed = fixture.approvals.decide(GZ_REVIEWER, recorded.id(), recorded.version(), ApprovalDecision.Verdict.APPROVE, "材料齐全");
        Application approved = fixture.approvals.decide(GZ_OFFICIAL, reviewed.id(), reviewed.version(), ApprovalDecision.Verdict.APPROVE, "同意");
        assertThat(approved.status()).isEqualTo(Application.Status.APPROVED);
        assertThat(approved.decisions()).extracting(ApprovalDecision::actorId).containsExactly("gz.reviewer", "gz.official");

        Award award = fixture.awards.ofEnterprise(GZ_AUDITOR, firm).get(0);
        assertThat(award.amount()).isEqualTo(yuan("500000.00"));
        List<Payout> payouts = fixture.payouts.ofAward(GZ_CLERK, award.id());
        assertThat(payouts).singleElement().satisfies(payout -> assertThat(payout.status()).isEqualTo(Payout.Status.READY));
        assertThat(fixture.budgets.position(GZ_AUDITOR, CULTIVATION, 2026)).isEqualTo(new BudgetPosition(CULTIVATION, 2026,
                yuan("1000000"), yuan("500000"), yuan("0"), yuan("0")));

        DisbursementBatch batch = fixture.batches.create(GZ_CLERK, CULTIVATION, List.of(payouts.get(0).id()), "request-1");
        assertThat(batch.status()).isEqualTo(DisbursementBatch.Status.READY);
        assertThat(batch.payouts()).isEqualTo(1);
        assertThat(batch.total()).isEqualTo(yuan("500000.00"));
        assertThatThrownBy(() -> fixture.batches.paymentFile(GZ_AUDITOR, batch.id(), PaymentFile.Format.PAIN_001))
                .isInstanceOf(AccessDeniedException.class);
        PaymentFile file = fixture.batches.paymentFile(GZ_CLERK, batch.id(), PaymentFile.Format.PAIN_001);
        assertThat(fixture.bank.orders.get(0).payer()).isEqualTo(EngineFixture.PAYER);
        assertThat(fixture.bank.orders.get(0).instructions()).singleElement()
                .satisfies(instruction -> assertThat(instruction.amount()).isEqualTo(yuan("500000.00")));
        assertThat(fixture.batches.paymentFile(GZ_AUDITOR, batch.id(), PaymentFile.Format.PAIN_001).sha256())
                .as("the same file again").isEqualTo(file.sha256());
        assertThat(fixture.payouts.payout(GZ_CLERK, payouts.get(0).id()).orElseThrow().status()).isEqualTo(Payout.Status.SENT);

        String messageId = fixture.bank.orders.get(0).messageId();
        ConfirmationPreview preview = fixture.batches.previewConfirmation(GZ_CLERK, "pain002.txt",
                new ByteArrayInputStream(FakeBank.confirmation(messageId, PaymentReferences.endToEndId(payouts.get(0).id()) + ",PAID")));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.lines()).singleElement().satisfies(line -> assertThat(line.alreadyApplied()).isFalse());
        fixture.batches.applyConfirmation(GZ_CLERK, preview.previewId());

        assertThat(fixture.payouts.payout(GZ_CLERK, payouts.get(0).id()).orElseThrow().status()).isEqualTo(Payout.Status.PAID);
        assertThat(fixture.awards.award(GZ_CLERK, award.id()).orElseThrow().status()).isEqualTo(Award.Status.COMPLETED);
        assertThat(fixture.batches.batch(GZ_CLERK, batch.id()).orElseThrow().status()).isEqualTo(DisbursementBatch.Status.CONFIRMED);
        BudgetPosition position = fixture.budgets.position(GZ_OFFICIAL, CULTIVATION, 2026);
        assertThat(position).isEqualTo(new BudgetPosition(CULTIVATION, 2026, yuan("1000000"), yuan("0"), yuan("500000"), yuan("0")));
        assertThat(position.available()).isEqualTo(yuan("500000.00"));
        assertThat(fixture.audit.actions()).contains("budget.appropriated", "application.recorded", "application.decided",
                "award.created", "batch.created", "batch.ready", "batch.sent", "payout.paid", "batch.confirmation-applied");
    }

    @Test
    void aReimportedConfirmationChangesNothing() {
        Payout payout = sentInABatch();
        byte[] confirmation = FakeBank.confirmation(fixture.bank.orders.get(0).messageId(), PaymentReferences.endToEndId(payout.id()) + ",PAID");
        fixture.batches.applyConfirmation(GZ_CLERK, fixture.batches.previewConfirmation(GZ_CLERK, "c.txt",
                new ByteArrayInputStream(confirmation)).previewId());
        Map<String, Long> before = fixture.tables();
        BudgetPosition position = fixture.budgets.position(GZ_CLERK, CULTIVATION, 2026);

        ConfirmationPreview again = fixture.batches.previewConfirmation(GZ_CLERK, "c-again.txt", new ByteArrayInputStream(confirmation));
        assertThat(again.lines()).allSatisfy(line -> assertThat(line.alreadyApplied()).isTrue());
        fixture.batches.applyConfirmation(GZ_CLERK, again.previewId());

        assertThat(fixture.tables()).isEqualTo(before);
        assertThat(fixture.budgets.position(GZ_CLERK, CULTIVATION, 2026)).isEqualTo(position);
    }

    @Test
    void aForeignOrMalformedConfirmationComesBackWithProblemsOnly() {
        ConfirmationPreview foreign = fixture.batches.previewConfirmation(GZ_CLERK, "x.txt",
                new ByteArrayInputStream(FakeBank.confirmation("OTHER-BANK-42", "CVP1,PAID")));
        assertThat(foreign.previewId()).isNull();
        assertThat(foreign.problems()).singleElement().satisfies(problem -> assertThat(problem.field()).isEqualTo("originalMessageId"));
        ConfirmationPreview malformed = fixture.batches.previewConfirmation(GZ_CLERK, "x.txt",
                new ByteArrayInputStream("<html>".getBytes(StandardCharsets.UTF_8)));
        assertThat(malformed.problems()).isNotEmpty();
        assertThat(fixture.count("subsidy_confirmation_preview")).isZero();
    }

    @Test
    void aPayoutWithTheBankCannotBeRequeuedAndTheClerkReadsWhyInChinese() {
        Payout sent = sentInABatch();
        Payout now = fixture.payouts.payout(GZ_CLERK, sent.id()).orElseThrow();

        assertThatThrownBy(() -> fixture.payouts.requeue(GZ_CLERK, sent.id(), now.version()))
                .isInstanceOfSatisfying(ConflictException.class, conflict -> {
                    assertThat(conflict.text().zh()).isEqualTo("拨付 " + sent.id() + " 当前状态为“已发送”，现在不能重新排队。");
                    assertThat(conflict.getMessage()).isEqualTo("Payout " + sent.id() + " is SENT and cannot be put back in the queue now.");
                });
    }

    @Test
    void aFailedPaymentGoesBackToTheQueueWithItsBudgetStillCommitted() {
        Payout payout = sentInABatch();
        fixture.batches.applyConfirmation(GZ_CLERK, fixture.batches.previewConfirmation(GZ_CLERK, "c.txt", new ByteArrayInputStream(
                FakeBank.confirmation(fixture.bank.orders.get(0).messageId(), PaymentReferences.endToEndId(payout.id()) + ",FAILED,account closed")))
                .previewId());

        Payout failed = fixture.payouts.payout(GZ_CLERK, payout.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(Payout.Status.FAILED);
        assertThat(failed.holdReason()).contains("account closed");
        assertThat(failed.holdReason(true)).as("the bank's own words, as written").isEqualTo(failed.holdReason());
        assertThat(fixture.budgets.position(GZ_CLERK, CULTIVATION, 2026).committed()).isEqualTo(yuan("500000"));
        assertThat(fixture.payouts.requeue(GZ_CLERK, payout.id(), failed.version()).status()).isEqualTo(Payout.Status.READY);
    }

    @Test
    void oneFilePaysSomeAndFailsOthersAndALaterFileTakesBackAPaidOne() {
        fixture.appropriate(CULTIVATION, 2026, "1500000");
        List<Payout> payouts = List.of(readyPayout(fixture.specializedFirm(1)), readyPayout(fixture.specializedFirm(2)),
                readyPayout(fixture.specializedFirm(3)));
        DisbursementBatch batch = fixture.batches.create(GZ_CLERK, CULTIVATION, payouts.stream().map(Payout::id).toList(), "r1");
        fixture.batches.paymentFile(GZ_CLERK, batch.id(), PaymentFile.Format.CSV);
        String messageId = fixture.bank.orders.get(0).messageId();
        apply(FakeBank.confirmation(messageId, PaymentReferences.endToEndId(payouts.get(0).id()) + ",PAID",
                PaymentReferences.endToEndId(payouts.get(1).id()) + ",PAID",
                PaymentReferences.endToEndId(payouts.get(2).id()) + ",FAILED,account closed"));

        assertThat(payouts).extracting(payout -> fixture.payouts.payout(GZ_CLERK, payout.id()).orElseThrow().status())
                .containsExactly(Payout.Status.PAID, Payout.Status.PAID, Payout.Status.FAILED);
        assertThat(fixture.batches.batch(GZ_CLERK, batch.id()).orElseThrow().status()).isEqualTo(DisbursementBatch.Status.CONFIRMED);
        assertThat(fixture.budgets.position(GZ_CLERK, CULTIVATION, 2026)).isEqualTo(new BudgetPosition(CULTIVATION, 2026,
                yuan("1500000"), yuan("500000"), yuan("1000000"), yuan("0")));

        apply(FakeBank.confirmation(messageId, PaymentReferences.endToEndId(payouts.get(1).id()) + ",RETURNED,account frozen"));

        Payout returned = fixture.payouts.payout(GZ_CLERK, payouts.get(1).id()).orElseThrow();
        assertThat(returned.status()).isEqualTo(Payout.Status.RETURNED);
        assertThat(returned.holdReason()).contains("account frozen");
        assertThat(payouts).extracting(payout -> fixture.awards.award(GZ_CLERK, payout.awardId()).orElseThrow().status())
                .containsExactly(Award.Status.COMPLETED, Award.Status.ACTIVE, Award.Status.ACTIVE);
        assertThat(fixture.budgets.position(GZ_CLERK, CULTIVATION, 2026)).isEqualTo(new BudgetPosition(CULTIVATION, 2026,
                yuan("1500000"), yuan("1000000"), yuan("500000"), yuan("0")));
        assertThat(fixture.audit.events("payout.paid")).extracting(event -> event.entityId())
                .containsExactlyInAnyOrder(Long.toString(payouts.get(0).id()), Long.toString(payouts.get(1).id()));
        assertThat(fixture.audit.events("payout.failed")).extracting(event -> event.entityId())
                .containsExactly(Long.toString(payouts.get(2).id()));
        assertThat(fixture.audit.events("payout.returned")).extracting(event -> event.entityId())
                .containsExactly(Long.toString(payouts.get(1).id()));
    }

    @Test
    void aConfirmationNamingOnePayoutTwiceIsRefusedWhole() {
        Payout payout = sentInABatch();

        // two spellings of one end-to-end id, with contradicting answers
        ConfirmationPreview preview = fixture.batches.previewConfirmation(GZ_CLERK, "c.txt", new ByteArrayInputStream(
                FakeBank.confirmation(fixture.bank.orders.get(0).messageId(), "CVP" + payout.id() + ",PAID", "CVP0" + payout.id() + ",FAILED")));

        assertThat(preview.previewId()).isNull();
        assertThat(preview.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.field()).isEqualTo("endToEndId");
            assertThat(problem.message()).contains("line 1");
        });
        assertThat(fixture.payouts.payout(GZ_CLERK, payout.id()).orElseThrow().status()).isEqualTo(Payout.Status.SENT);
        assertThat(fixture.count("subsidy_confirmation_preview")).isZero();
    }

    @Test
    void aPayoutWhoseTitleWasRevokedIsHeldWithTheReasonNotSent() {
        fixture.appropriate(CULTIVATION, 2026, "1000000");
        CreditCode firm = fixture.specializedFirm(1);
        Payout payout = readyPayout(firm);
        fixture.registry.revoke(fixture.titleOf(firm), TODAY.minusDays(1));

        DisbursementBatch batch = fixture.batches.create(GZ_CLERK, CULTIVATION, List.of(payout.id()), "r1");

        assertThat(batch.status()).isEqualTo(DisbursementBatch.Status.READY);
        assertThat(batch.payouts()).isZero();
        assertThat(batch.total()).isEqualTo(yuan("0"));
        Payout held = fixture.payouts.payout(GZ_CLERK, payout.id()).orElseThrow();
        assertThat(held.status()).isEqualTo(Payout.Status.HELD);
        assertThat(held.holdReason()).contains("Specialized SME").contains("revoked");
        assertThat(held.holdReason(true)).as("the reason as a Chinese clerk reads it")
                .contains(" 没有有效的专精特新中小企业称号：资助所依据的称号 ").endsWith(" 在批准后已到期或被撤销。");
        assertThat(fixture.budgets.position(GZ_CLERK, CULTIVATION, 2026).committed()).isEqualTo(yuan("500000"));
    }

    @Test
    void aBatchPaysToTheCurrentAccountAndHoldsAPayoutWhoseFirmHasNone() {
        fixture.appropriate(CULTIVATION, 2026, "1000000");
        CreditCode moved = fixture.specializedFirm(1);
        Payout paid = readyPayout(moved);
        BankAccount current = new BankAccount("6217000010002000300", "广州企业1", "中国建设银行广州天河支行", "105581000022");
        fixture.payeeAccounts.verify(GZ_REVIEWER, moved, current);
        Payout unpaid = readyPayout(fixture.specializedFirmWithoutAccount(2));

        DisbursementBatch batch = fixture.batches.create(GZ_CLERK, CULTIVATION, List.of(paid.id(), unpaid.id()), "r1");

        assertThat(batch.status()).isEqualTo(DisbursementBatch.Status.READY);
        assertThat(batch.payouts()).isEqualTo(1);
        Payout held = fixture.payouts.payout(GZ_CLERK, unpaid.id()).orElseThrow();
        assertThat(held.status()).isEqualTo(Payout.Status.HELD);
        assertThat(held.holdReason()).contains("no verified payee account");
        assertThat(held.holdReason(true)).isEqualTo("该企业没有已核验的收款账户。");
        fixture.batches.paymentFile(GZ_CLERK, batch.id(), PaymentFile.Format.CSV);
        assertThat(fixture.bank.orders.get(0).instructions()).singleElement().satisfies(instruction -> {
            assertThat(instruction.endToEndId()).isEqualTo(PaymentReferences.endToEndId(paid.id()));
            assertThat(instruction.account()).as("the account verified last, not the one it replaced").isEqualTo(current);
        });
    }

    @Test
    void aBatchKeepsItsCountsAndTheUpgradeCountsThemFromTheItemsOfBatchesBeforeIt() {
        fixture.appropriate(CULTIVATION, 2026, "2000000");
        List<Long> ids = readyPayoutIds(3);
        ids.add(readyPayout(fixture.specializedFirmWithoutAccount(4)).id());
        DisbursementBatch batch = fixture.batches.create(GZ_CLERK, CULTIVATION, ids, "counted");
        assertThat(List.of(batch.payouts(), batch.processed())).isEqualTo(List.of(3, 4));
        assertThat(batch.total()).isEqualTo(yuan("1500000.00"));

        // a batch stored before migration V8 has the columns' defaults; V8 counts its items
        TestDatabase.execute(fixture.pool, "UPDATE subsidy_batch SET requested = 0, included = 0, excluded = 0, included_total = 0");
        String v8 = SubsidySchema.migrations().stream().filter(m -> m.name().startsWith("V8__")).findFirst().orElseThrow().sql();
        TestDatabase.execute(fixture.pool, java.util.Arrays.stream(v8.split(";")).filter(sql -> !sql.isBlank()
                && !sql.lines().allMatch(line -> line.isBlank() || line.startsWith("--"))).toArray(String[]::new));

        DisbursementBatch upgraded = fixture.batches.batch(GZ_CLERK, batch.id()).orElseThrow();
        assertThat(List.of(upgraded.payouts(), upgraded.processed())).isEqualTo(List.of(3, 4));
        assertThat(upgraded.total()).isEqualTo(yuan("1500000.00"));
    }

    @Test
    void theSameRequestKeyCreatesOneBatchAndAPayoutIsNeverInTwo() {
        fixture.appropriate(CULTIVATION, 2026, "1000000");
        Payout payout = readyPayout(fixture.specializedFirm(1));
        DisbursementBatch first = fixture.batches.create(GZ_CLERK, CULTIVATION, List.of(payout.id()), "double-click");
        assertThat(fixture.batches.create(GZ_CLERK, CULTIVATION, List.of(payout.id()), "double-click").id()).isEqualTo(first.id());
        DisbursementBatch second = fixture.batches.create(GZ_CLERK, CULTIVATION, List.of(payout.id()), "another-click");
        assertThat(second.payouts()).isZero();
        assertThat(fixture.count("subsidy_batch")).isEqualTo(2);
    }

    @Test
    void anInterruptedBatchResumesWhereItStoppedAndTakesNoPayoutTwice() {
        fixture.close();
        fixture = new EngineFixture(database(), 2);
        fixture.appropriate(CULTIVATION, 2026, "5000000");
        List<Long> ids = readyPayoutIds(5);
        fixture.holdBatches = true;
        DisbursementBatch preparing = fixture.batches.create(GZ_CLERK, CULTIVATION, ids, "big");
        assertThat(preparing.status()).isEqualTo(DisbursementBatch.Status.PREPARING);
        // one chunk done, as if the process died after its commit
        fixture.transactions.required(c -> {
            BatchTable.include(c, preparing.id(), List.of(new BatchTable.Inclusion(ids.get(0), yuan("500000.00"),
                    new BankAccount("6222020000000001", "x", "y", "104581000011"))));
            Jdbc.update(c, "UPDATE subsidy_payout SET status = 'IN_BATCH', batch_id = ?, version = version + 1 WHERE id = ?", preparing.id(), ids.get(0));
            return null;
        });
        fixture.holdBatches = false;

        DisbursementBatch resumed = fixture.batches.resume(GZ_CLERK, preparing.id());
        assertThat(resumed.status()).isEqualTo(DisbursementBatch.Status.READY);
        assertThat(resumed.payouts()).isEqualTo(5);
        assertThat(resumed.processed()).isEqualTo(5);
        assertThat(resumed.total()).isEqualTo(yuan("2500000.00"));
        assertThat(fixture.batches.resume(GZ_CLERK, preparing.id()).total()).as("resuming a ready batch changes nothing").isEqualTo(yuan("2500000.00"));
        assertThat(TestDatabase.count(fixture.pool, "SELECT COUNT(*) FROM subsidy_payout WHERE status = 'IN_BATCH'")).isEqualTo(5);
    }

    @Test
    void aChunkThatLosesToTheDatabaseIsTakenAgainAndNoPayoutIsTakenTwice() {
        fixture.close();
        fixture = new EngineFixture(database(), 2);
        fixture.appropriate(CULTIVATION, 2026, "5000000");
        List<Long> ids = readyPayoutIds(5);
        fixture.holdBatches = true;
        DisbursementBatch preparing = fixture.batches.create(GZ_CLERK, CULTIVATION, ids, "contended");
        fixture.heldBack.clear();
        LosingTransactions losing = new LosingTransactions(fixture.transactions, 2);

        new BatchFilling(fixture.engineOver(losing), fixture.registry, 2).run(GZ_CLERK, preparing.id());

        assertThat(losing.lost()).as("chunks that lost and were taken again").isEqualTo(2);
        DisbursementBatch filled = fixture.batches.batch(GZ_CLERK, preparing.id()).orElseThrow();
        assertThat(filled.status()).isEqualTo(DisbursementBatch.Status.READY);
        assertThat(filled.payouts()).isEqualTo(5);
        assertThat(filled.processed()).isEqualTo(5);
        assertThat(filled.total()).isEqualTo(yuan("2500000.00"));
        assertThat(TestDatabase.count(fixture.pool, "SELECT COUNT(*) FROM subsidy_payout WHERE status = 'IN_BATCH'")).isEqualTo(5);
        assertThat(fixture.audit.events("batch.ready")).hasSize(1);
    }

    @Test
    void aChunkThatKeepsLosingLeavesTheBatchPreparingWithNothingHalfDoneAndAResumeFinishesIt() {
        fixture.close();
        fixture = new EngineFixture(database(), 2);
        fixture.appropriate(CULTIVATION, 2026, "5000000");
        List<Long> ids = readyPayoutIds(5);
        fixture.holdBatches = true;
        DisbursementBatch preparing = fixture.batches.create(GZ_CLERK, CULTIVATION, ids, "blocked");
        fixture.heldBack.clear();
        fixture.holdBatches = false;
        LosingTransactions losing = new LosingTransactions(fixture.transactions, 3);

        assertThatThrownBy(() -> new BatchFilling(fixture.engineOver(losing), fixture.registry, 2).run(GZ_CLERK, preparing.id()))
                .isInstanceOf(org.cultivar.store.api.StoreException.class);

        assertThat(losing.lost()).isEqualTo(3);
        DisbursementBatch stopped = fixture.batches.batch(GZ_CLERK, preparing.id()).orElseThrow();
        assertThat(stopped.status()).isEqualTo(DisbursementBatch.Status.PREPARING);
        assertThat(stopped.processed()).isZero();
        assertThat(TestDatabase.count(fixture.pool, "SELECT COUNT(*) FROM subsidy_payout WHERE status = 'READY'")).isEqualTo(5);
        assertThat(fixture.batches.resume(GZ_CLERK, preparing.id()).status()).isEqualTo(DisbursementBatch.Status.READY);
    }

    @Test
    void aBatchACrashLeftPreparingIsFilledOnByTheSystemWhenTheEngineStartsAgain() {
        fixture.appropriate(CULTIVATION, 2026, "5000000");
        List<Long> ids = readyPayoutIds(3);
        fixture.holdBatches = true;
        DisbursementBatch preparing = fixture.batches.create(GZ_CLERK, CULTIVATION, ids, "before-the-crash");
        fixture.heldBack.clear(); // the process died before its worker thread ran
        fixture.holdBatches = false;

        fixture.restartedBatches().resumeInterrupted();

        DisbursementBatch resumed = fixture.batches.batch(GZ_CLERK, preparing.id()).orElseThrow();
        assertThat(resumed.status()).isEqualTo(DisbursementBatch.Status.READY);
        assertThat(resumed.payouts()).isEqualTo(3);
        assertThat(resumed.total()).isEqualTo(yuan("1500000.00"));
        assertThat(fixture.audit.events("batch.ready")).singleElement()
                .satisfies(event -> assertThat(event.actor()).isSameAs(org.cultivar.core.api.security.Actor.SYSTEM));
    }

    @Test
    void aRecoveryTakesBackPaidMoneyAndARepaymentCountsOnce() {
        fixture.appropriate(CULTIVATION, 2026, "1000000");
        CreditCode firm = fixture.specializedFirm(1);
        Payout payout = readyPayout(firm);
        DisbursementBatch batch = fixture.batches.create(GZ_CLERK, CULTIVATION, List.of(payout.id()), "r1");
        fixture.batches.paymentFile(GZ_CLERK, batch.id(), PaymentFile.Format.CSV);
        fixture.batches.applyConfirmation(GZ_CLERK, fixture.batches.previewConfirmation(GZ_CLERK, "c.txt", new ByteArrayInputStream(
                FakeBank.confirmation(fixture.bank.orders.get(0).messageId(), PaymentReferences.endToEndId(payout.id()) + ",PAID"))).previewId());

        assertThatThrownBy(() -> fixture.recoveries.open(GZ_OFFICIAL, payout.awardId(), yuan("500000.01"), "骗取补贴"))
                .hasMessageContaining("more than");
        List<Recovery> opened = fixture.recoveries.openForRevokedTitle(fixture.titleOf(firm).id(), "称号被撤销");
        assertThat(opened).singleElement().satisfies(recovery -> assertThat(recovery.due()).isEqualTo(yuan("500000.00")));
        Recovery recovery = opened.get(0);
        Recovery part = fixture.recoveries.recordRepayment(GZ_CLERK, recovery.id(), recovery.version(), yuan("200000.00"), TODAY, "BANK-REF-1");
        assertThat(fixture.recoveries.recordRepayment(GZ_CLERK, recovery.id(), part.version(), yuan("200000.00"), TODAY, "BANK-REF-1").repaid())
                .as("the same bank reference counts once").isEqualTo(yuan("200000.00"));
        Recovery settled = fixture.recoveries.recordRepayment(GZ_CLERK, recovery.id(), part.version(), yuan("300000.00"), TODAY, "BANK-REF-2");
        assertThat(settled.status()).isEqualTo(Recovery.Status.SETTLED);
        assertThat(fixture.budgets.position(GZ_AUDITOR, CULTIVATION, 2026)).isEqualTo(new BudgetPosition(CULTIVATION, 2026,
                yuan("1000000"), yuan("0"), yuan("500000"), yuan("500000")));
        assertThat(fixture.budgets.position(GZ_AUDITOR, CULTIVATION, 2026).available()).isEqualTo(yuan("1000000.00"));
    }

    @Test
    void anOfficialReadsWhyARecoveryOrARepaymentIsRefusedInChinese() {
        fixture.appropriate(CULTIVATION, 2026, "1000000");
        Payout unpaid = readyPayout(fixture.specializedFirm(1));

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> fixture.recoveries.open(GZ_OFFICIAL, unpaid.awardId(),
                yuan("1.00"), "骗取补贴")).message(true)).isEqualTo("amount：1.00元 超过已拨付且尚未追回的 0.00元。");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> fixture.recoveries.open(GZ_OFFICIAL, 999_999,
                yuan("1.00"), "骗取补贴")).message(true)).isEqualTo("awardId：奖励编号 999999 不存在。");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> fixture.recoveries.open(GZ_OFFICIAL, unpaid.awardId(),
                yuan("0"), " ")).message(true)).isEqualTo("reason：为必填项。");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> fixture.recoveries.recordRepayment(GZ_CLERK, 999_999, 1,
                yuan("1.00"), TODAY.plusDays(1), "BANK-REF-1")).message(true)).isEqualTo("receivedOn：须为今天或之前的日期。");
        assertThat(fixture.count("subsidy_recovery")).isZero();
    }

    @Test
    void cancellingAnAwardReleasesItsCommitment() {
        fixture.appropriate(CULTIVATION, 2026, "1000000");
        Payout payout = readyPayout(fixture.specializedFirm(1));
        Award award = fixture.awards.award(GZ_OFFICIAL, payout.awardId()).orElseThrow();
        assertThatThrownBy(() -> fixture.awards.cancel(GZ_CLERK, award.id(), award.version(), "撤回")).isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.awards.cancel(GZ_OFFICIAL, award.id(), award.version(), "企业放弃").status()).isEqualTo(Award.Status.CANCELLED);
        assertThat(fixture.budgets.position(GZ_OFFICIAL, CULTIVATION, 2026).available()).isEqualTo(yuan("1000000.00"));
    }

    @Test
    void anAppropriationNeedsAnOfficialOfTheRegionAndAReasonAndNeverFallsBelowWhatIsCommitted() {
        assertThatThrownBy(() -> fixture.budgets.appropriate(GZ_CLERK, CULTIVATION, 2026, yuan("1"), "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.budgets.appropriate(ADMIN, CULTIVATION, 2026, yuan("1"), "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.budgets.appropriate(GZ_OFFICIAL, CULTIVATION, 2026, yuan("1"), " ")).hasMessageContaining("reason");
        assertThatThrownBy(() -> fixture.budgets.appropriate(EngineFixture.actor("sz.official", EngineFixture.SHENZHEN,
                org.cultivar.core.api.security.Role.OFFICIAL), CULTIVATION, 2026, yuan("1"), "x")).isInstanceOf(AccessDeniedException.class);
        fixture.appropriate(CULTIVATION, 2026, "600000");
        readyPayout(fixture.specializedFirm(1));
        assertThatThrownBy(() -> fixture.appropriate(CULTIVATION, 2026, "499999.99"))
                .isInstanceOf(org.cultivar.subsidy.api.process.ConflictException.class);
        assertThat(fixture.budgets.appropriate(GZ_OFFICIAL, CULTIVATION, 2026, yuan("500000"), "调减").available()).isEqualTo(yuan("0.00"));
    }

    @Test
    void tranchesAreCommittedToTheirOwnFiscalYears() {
        fixture.budgets.appropriate(GZ_OFFICIAL, EngineFixture.RENT, 2026, yuan("1000000"), "2026");
        CreditCode firm = fixture.specializedFirm(1);
        Application recorded = fixture.applications.record(GZ_CLERK, EngineFixture.RENT,
                new ApplicationInput(firm, TODAY, Map.of("rent", "300000.01")), Set.of());
        Application reviewed = fixture.approvals.decide(GZ_REVIEWER, recorded.id(), recorded.version(), ApprovalDecision.Verdict.APPROVE, null);
        assertThatThrownBy(() -> fixture.approvals.decide(GZ_OFFICIAL, reviewed.id(), reviewed.version(), ApprovalDecision.Verdict.APPROVE, null))
                .isInstanceOf(org.cultivar.subsidy.api.process.ConflictException.class).hasMessageContaining("2027");
        assertThat(fixture.count("subsidy_award")).isZero();
        fixture.budgets.appropriate(GZ_OFFICIAL, EngineFixture.RENT, 2027, yuan("1000000"), "2027");
        Application approved = fixture.approvals.decide(GZ_OFFICIAL, reviewed.id(), reviewed.version(), ApprovalDecision.Verdict.APPROVE, null);
        List<Payout> payouts = fixture.payouts.ofAward(GZ_CLERK, fixture.awards.ofEnterprise(GZ_CLERK, firm).get(0).id());
        assertThat(payouts).extracting(Payout::amount).containsExactly(yuan("150000.00"), yuan("150000.01"));
        assertThat(payouts).extracting(Payout::status).containsExactly(Payout.Status.READY, Payout.Status.PLANNED);
        assertThat(fixture.budgets.position(GZ_CLERK, EngineFixture.RENT, 2027).committed()).isEqualTo(yuan("150000.01"));
        assertThat(approved.status()).isEqualTo(Application.Status.APPROVED);

        DisbursementBatch batch = fixture.batches.create(GZ_CLERK, EngineFixture.RENT, List.of(payouts.get(0).id()), "r1");
        fixture.batches.paymentFile(GZ_CLERK, batch.id(), PaymentFile.Format.CSV);
        apply(FakeBank.confirmation(fixture.bank.orders.get(0).messageId(), PaymentReferences.endToEndId(payouts.get(0).id()) + ",PAID"));
        assertThat(fixture.payouts.payout(GZ_CLERK, payouts.get(0).id()).orElseThrow().status()).isEqualTo(Payout.Status.PAID);
        assertThat(fixture.awards.award(GZ_CLERK, payouts.get(0).awardId()).orElseThrow().status())
                .as("the 2027 tranche is still to be paid").isEqualTo(Award.Status.ACTIVE);
    }

    @Test
    void aPlannedTrancheIsQueuedWhenItsFiscalYearBeginsAndOnlyOnce() {
        long awardId = approvedRentOverTwoYears();
        TrancheRelease release = new TrancheRelease(fixture.engine);

        assertThat(release.releaseDue()).as("2027 has not begun").isZero();
        fixture.clock.setDay(java.time.LocalDate.of(2027, 1, 1));
        assertThat(release.releaseDue()).isEqualTo(1);
        assertThat(release.releaseDue()).as("already queued").isZero();

        assertThat(fixture.payouts.ofAward(GZ_CLERK, awardId)).extracting(Payout::status)
                .containsExactly(Payout.Status.READY, Payout.Status.READY);
        assertThat(fixture.audit.actions()).filteredOn("payout.released"::equals).hasSize(1);
        assertThat(fixture.budgets.position(GZ_CLERK, EngineFixture.RENT, 2027).committed()).as("committed at approval, unchanged")
                .isEqualTo(yuan("150000.00"));
    }

    @Test
    void aReviewPassedBeforeItsYearLeavesTheTranchePlannedUntilTheYearBegins() {
        long awardId = approvedRentOverTwoYears();
        // set-up: the rent schedule's second tranche made conditional, as the national schedule's last one is
        fixture.transactions.required(c -> Jdbc.update(c, "UPDATE subsidy_payout SET conditional_on_review = TRUE WHERE award_id = ?"
                + " AND tranche = 2", awardId));
        Payout second = fixture.payouts.ofAward(GZ_CLERK, awardId).get(1);
        TrancheRelease release = new TrancheRelease(fixture.engine);

        Payout passed = fixture.payouts.recordReview(GZ_OFFICIAL, second.id(), second.version(), true, "绩效评价合格");

        assertThat(passed.status()).as("2027 has not begun").isEqualTo(Payout.Status.PLANNED);
        assertThat(passed.conditionalOnReview()).isFalse();
        fixture.clock.setDay(java.time.LocalDate.of(2027, 1, 1));
        assertThat(release.releaseDue()).isEqualTo(1);
        assertThat(fixture.payouts.payout(GZ_CLERK, second.id()).orElseThrow().status()).isEqualTo(Payout.Status.READY);
    }

    /** A rent award of CNY 300,000 in two tranches, 2026 and 2027, each year's budget appropriated; its id. */
    private long approvedRentOverTwoYears() {
        fixture.budgets.appropriate(GZ_OFFICIAL, EngineFixture.RENT, 2026, yuan("1000000"), "2026");
        fixture.budgets.appropriate(GZ_OFFICIAL, EngineFixture.RENT, 2027, yuan("1000000"), "2027");
        CreditCode firm = fixture.specializedFirm(1);
        Application recorded = fixture.applications.record(GZ_CLERK, EngineFixture.RENT,
                new ApplicationInput(firm, TODAY, Map.of("rent", "300000.00")), Set.of());
        Application reviewed = fixture.approvals.decide(GZ_REVIEWER, recorded.id(), recorded.version(), ApprovalDecision.Verdict.APPROVE, null);
        fixture.approvals.decide(GZ_OFFICIAL, reviewed.id(), reviewed.version(), ApprovalDecision.Verdict.APPROVE, null);
        long awardId = fixture.awards.ofEnterprise(GZ_CLERK, firm).get(0).id();
        return awardId;
    }

    /** One firm's payout, sent to the bank in a batch of its own. */
    private Payout sentInABatch() {
        fixture.appropriate(CULTIVATION, 2026, "1000000");
        Payout payout = readyPayout(fixture.specializedFirm(1));
        DisbursementBatch batch = fixture.batches.create(GZ_CLERK, CULTIVATION, List.of(payout.id()), "r1");
        fixture.batches.paymentFile(GZ_CLERK, batch.id(), PaymentFile.Format.CSV);
        return payout;
    }

    private void apply(byte[] confirmation) {
        ConfirmationPreview preview = fixture.batches.previewConfirmation(GZ_CLERK, "c.txt", new ByteArrayInputStream(confirmation));
        assertThat(preview.problems()).isEmpty();
        fixture.batches.applyConfirmation(GZ_CLERK, preview.previewId());
    }

    /** Ready payouts of the first {@code firms} specialised firms, one each, by id; the list may be added to. */
    private List<Long> readyPayoutIds(int firms) {
        List<Long> ids = new java.util.ArrayList<>();
        for (int n = 1; n <= firms; n++) {
            ids.add(readyPayout(fixture.specializedFirm(n)).id());
        }
        return ids;
    }

    private Payout readyPayout(CreditCode firm) {
        fixture.approved(firm);
        Award award = fixture.awards.ofEnterprise(GZ_CLERK, firm).get(0);
        return fixture.payouts.ofAward(GZ_CLERK, award.id()).get(0);
    }
}
