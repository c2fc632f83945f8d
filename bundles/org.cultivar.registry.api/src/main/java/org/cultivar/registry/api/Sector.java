package org.cultivar.registry.api;

/** The ten key sectors of Made in China 2025, or another sector. */
public enum Sector {
    NEXT_GENERATION_IT("新一代信息技术产业", "Next-generation information technology"),
    ROBOTICS_AND_CNC("高档数控机床和机器人", "High-end CNC machine tools and robotics"),
    AEROSPACE("航空航天装备", "Aerospace equipment"),
    MARINE_AND_SHIPS("海洋工程装备及高技术船舶", "Ocean engineering equipment and high-tech ships"),
    RAIL("先进轨道交通装备", "Advanced rail transport equipment"),
    NEW_ENERGY_VEHICLES("节能与新能源汽车", "Energy-saving and new-energy vehicles"),
    POWER_EQUIPMENT("电力装备", "Power equipment"),
    AGRICULTURAL_MACHINERY("农机装备", "Agricultural machinery"),
    NEW_MATERIALS("新材料", "New materials"),
    BIOMEDICINE("生物医药及高性能医疗器械", "Biomedicine and high-performance medical devices"),
    OTHER("其他", "Other");

    private final String chinese;
    private final String english;

    Sector(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }

    public boolean madeInChina2025() {
        return this != OTHER;
    }
}
