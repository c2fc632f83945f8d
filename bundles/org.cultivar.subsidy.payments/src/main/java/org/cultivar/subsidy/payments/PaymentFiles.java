package org.cultivar.subsidy.payments;

import org.cultivar.core.api.money.Money;
import org.cultivar.subsidy.api.payment.PaymentFileWriter;
import org.cultivar.subsidy.api.payment.PaymentOrder;
import org.osgi.service.component.annotations.Component;

/**
 * Writes payment files once the whole order has passed {@link PaymentOrderCheck}. The output
 * depends on the order alone (its {@code createdAt} is the only time in it), so the same order
 * gives a byte-identical file and a resent file can be recognised.
 */
@Component(service = PaymentFileWriter.class)
public class PaymentFiles implements PaymentFileWriter {

    private final Pain001Xml pain001 = new Pain001Xml();

    @Override
    public byte[] pain001(PaymentOrder order) {
        Money total = PaymentOrderCheck.totalOf(order);
        return pain001.write(Pain001Document.of(order, total));
    }

    @Override
    public byte[] csv(PaymentOrder order) {
        PaymentOrderCheck.totalOf(order);
        return PaymentCsv.write(order);
    }
}
