package org.cultivar.registry.importer;

import java.util.List;
import java.util.SplittableRandom;

import org.cultivar.registry.api.Sector;

/** The industry word in a synthetic enterprise's name, fitting its sector. */
record Industry(String chinese, String english) {

    private static final List<List<Industry>> BY_SECTOR = List.of(
            List.of(new Industry("信息技术", "Information Technology"), new Industry("微电子", "Microelectronics"),
                    new Industry("半导体", "Semiconductor"), new Industry("软件", "Software")),
            List.of(new Industry("智能装备", "Intelligent Equipment"), new Industry("机器人", "Robotics"),
                    new Industry("数控", "CNC")),
            List.of(new Industry("航空", "Aviation"), new Industry("航天材料", "Aerospace Materials")),
            List.of(new Industry("海洋工程", "Marine Engineering"), new Industry("船舶装备", "Marine Equipment")),
            List.of(new Industry("轨道交通", "Rail Transit"), new Industry("轨道装备", "Rail Equipment")),
            List.of(new Industry("新能源", "New Energy"), new Industry("汽车电子", "Automotive Electronics"),
                    new Industry("电池", "Battery")),
            List.of(new Industry("电气", "Electric"), new Industry("电力设备", "Power Equipment")),
            List.of(new Industry("农机", "Agricultural Machinery")),
            List.of(new Industry("新材料", "New Materials"), new Industry("高分子材料", "Polymer Materials"),
                    new Industry("精细化工", "Fine Chemicals")),
            List.of(new Industry("生物", "Biotech"), new Industry("医疗器械", "Medical Devices"),
                    new Industry("医药", "Pharmaceutical")),
            List.of(new Industry("精密机械", "Precision Machinery"), new Industry("五金制品", "Hardware"),
                    new Industry("包装材料", "Packaging")));

    static Industry of(Sector sector, SplittableRandom random) {
        List<Industry> choices = BY_SECTOR.get(sector.ordinal());
        return choices.get(random.nextInt(choices.size()));
    }
}
