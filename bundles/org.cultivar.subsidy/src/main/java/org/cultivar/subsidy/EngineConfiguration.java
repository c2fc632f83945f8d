package org.cultivar.subsidy;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = EngineConfiguration.PID, name = "Cultivar subsidy engine",
        description = "Approval chains per schedule, payer accounts per schedule and batch settings.")
@interface EngineConfiguration {

    String PID = "org.cultivar.subsidy";

    @AttributeDefinition(name = "Approval chains", required = false,
            description = "Per schedule, the steps after recording: scheduleId=step:ROLE,step:ROLE "
                    + "(e.g. guangzhou.rent=review:CLERK,check:CLERK,approve:OFFICIAL). Others use review:CLERK,approve:OFFICIAL.")
    String[] approvalChains() default {};

    @AttributeDefinition(name = "Payer accounts", required = false,
            description = "Per schedule, the account payments leave from: scheduleId=accountNumber|accountName|bankName|CNAPS code")
    String[] payerAccounts() default {};

    @AttributeDefinition(name = "Initiating party", description = "The name payment files carry as initiating party.")
    String initiatingParty() default "Cultivar";

    @AttributeDefinition(name = "Batch chunk size", min = "1", max = "10000",
            description = "Payouts checked per transaction while a batch fills, and applications decided per transaction by a"
                    + " decision on many; a crash loses at most one chunk's work, which resume (or deciding again) redoes.")
    int batchChunkSize() default 500;
}
