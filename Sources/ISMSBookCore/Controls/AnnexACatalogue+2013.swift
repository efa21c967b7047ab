// ISO/IEC 27001:2013 Annex A: the 114 controls, ids and short titles only, each with the 2022 control(s) that
// replace it. Source of the mapping: ISO/IEC 27002:2022 Annex B, table B.2 (correspondence of ISO/IEC 27002:2013
// to ISO/IEC 27002:2022); the Annex A numbering of ISO/IEC 27001 follows ISO/IEC 27002 clause numbering.

extension AnnexACatalogue {
    /// All 114 controls of ISO/IEC 27001:2013 Annex A in standard order (A.5.1.1 … A.18.2.3), each with the 2022
    /// controls that replace it per ISO/IEC 27002:2022 Annex B.
    ///
    /// Registers written before the transition still cite these ids; ``resolve(_:)`` uses this list to bring
    /// them to the 2022 catalogue. Merged controls name the merged target (A.8.1.1 and A.8.1.2 both → A.5.9);
    /// only A.18.2.3 was split across two 2022 controls.
    public static let controls2013: [AnnexA2013Control] = [
        // A.5 Information security policies (2)
        AnnexA2013Control(id: "A.5.1.1", english: "Policies for information security", replacements: ["A.5.1"]),
        AnnexA2013Control(id: "A.5.1.2", english: "Review of the policies for information security", replacements: ["A.5.1"]),
        // A.6 Organization of information security (7)
        AnnexA2013Control(id: "A.6.1.1", english: "Information security roles and responsibilities", replacements: ["A.5.2"]),
        AnnexA2013Control(id: "A.6.1.2", english: "Segregation of duties", replacements: ["A.5.3"]),
        AnnexA2013Control(id: "A.6.1.3", english: "Contact with authorities", replacements: ["A.5.5"]),
        AnnexA2013Control(id: "A.6.1.4", english: "Contact with special interest groups", replacements: ["A.5.6"]),
        AnnexA2013Control(id: "A.6.1.5", english: "Information security in project management", replacements: ["A.5.8"]),
        AnnexA2013Control(id: "A.6.2.1", english: "Mobile device policy", replacements: ["A.8.1"]),
        AnnexA2013Control(id: "A.6.2.2", english: "Teleworking", replacements: ["A.6.7"]),
        // A.7 Human resource security (6)
        AnnexA2013Control(id: "A.7.1.1", english: "Screening", replacements: ["A.6.1"]),
        AnnexA2013Control(id: "A.7.1.2", english: "Terms and conditions of employment", replacements: ["A.6.2"]),
        AnnexA2013Control(id: "A.7.2.1", english: "Management responsibilities", replacements: ["A.5.4"]),
        AnnexA2013Control(id: "A.7.2.2", english: "Information security awareness, education and training", replacements: ["A.6.3"]),
        AnnexA2013Control(id: "A.7.2.3", english: "Disciplinary process", replacements: ["A.6.4"]),
        AnnexA2013Control(id: "A.7.3.1", english: "Termination or change of employment responsibilities", replacements: ["A.6.5"]),
        // A.8 Asset management (10)
        AnnexA2013Control(id: "A.8.1.1", english: "Inventory of assets", replacements: ["A.5.9"]),
        AnnexA2013Control(id: "A.8.1.2", english: "Ownership of assets", replacements: ["A.5.9"]),
        AnnexA2013Control(id: "A.8.1.3", english: "Acceptable use of assets", replacements: ["A.5.10"]),
        AnnexA2013Control(id: "A.8.1.4", english: "Return of assets", replacements: ["A.5.11"]),
        AnnexA2013Control(id: "A.8.2.1", english: "Classification of information", replacements: ["A.5.12"]),
        AnnexA2013Control(id: "A.8.2.2", english: "Labelling of information", replacements: ["A.5.13"]),
        AnnexA2013Control(id: "A.8.2.3", english: "Handling of assets", replacements: ["A.5.10"]),
        AnnexA2013Control(id: "A.8.3.1", english: "Management of removable media", replacements: ["A.7.10"]),
        AnnexA2013Control(id: "A.8.3.2", english: "Disposal of media", replacements: ["A.7.10"]),
        AnnexA2013Control(id: "A.8.3.3", english: "Physical media transfer", replacements: ["A.7.10"]),
        // A.9 Access control (14)
        AnnexA2013Control(id: "A.9.1.1", english: "Access control policy", replacements: ["A.5.15"]),
        AnnexA2013Control(id: "A.9.1.2", english: "Access to networks and network services", replacements: ["A.5.15"]),
        AnnexA2013Control(id: "A.9.2.1", english: "User registration and de-registration", replacements: ["A.5.16"]),
        AnnexA2013Control(id: "A.9.2.2", english: "User access provisioning", replacements: ["A.5.18"]),
        AnnexA2013Control(id: "A.9.2.3", english: "Management of privileged access rights", replacements: ["A.8.2"]),
        AnnexA2013Control(id: "A.9.2.4", english: "Management of secret authentication information of users", replacements: ["A.5.17"]),
        AnnexA2013Control(id: "A.9.2.5", english: "Review of user access rights", replacements: ["A.5.18"]),
        AnnexA2013Control(id: "A.9.2.6", english: "Removal or adjustment of access rights", replacements: ["A.5.18"]),
        AnnexA2013Control(id: "A.9.3.1", english: "Use of secret authentication information", replacements: ["A.5.17"]),
        AnnexA2013Control(id: "A.9.4.1", english: "Information access restriction", replacements: ["A.8.3"]),
        AnnexA2013Control(id: "A.9.4.2", english: "Secure log-on procedures", replacements: ["A.8.5"]),
        AnnexA2013Control(id: "A.9.4.3", english: "Password management system", replacements: ["A.5.17"]),
        AnnexA2013Control(id: "A.9.4.4", english: "Use of privileged utility programs", replacements: ["A.8.18"]),
        AnnexA2013Control(id: "A.9.4.5", english: "Access control to program source code", replacements: ["A.8.4"]),
        // A.10 Cryptography (2)
        AnnexA2013Control(id: "A.10.1.1", english: "Policy on the use of cryptographic controls", replacements: ["A.8.24"]),
        AnnexA2013Control(id: "A.10.1.2", english: "Key management", replacements: ["A.8.24"]),
        // A.11 Physical and environmental security (15)
        AnnexA2013Control(id: "A.11.1.1", english: "Physical security perimeter", replacements: ["A.7.1"]),
        AnnexA2013Control(id: "A.11.1.2", english: "Physical entry controls", replacements: ["A.7.2"]),
        AnnexA2013Control(id: "A.11.1.3", english: "Securing offices, rooms and facilities", replacements: ["A.7.3"]),
        AnnexA2013Control(id: "A.11.1.4", english: "Protecting against external and environmental threats", replacements: ["A.7.5"]),
        AnnexA2013Control(id: "A.11.1.5", english: "Working in secure areas", replacements: ["A.7.6"]),
        AnnexA2013Control(id: "A.11.1.6", english: "Delivery and loading areas", replacements: ["A.7.2"]),
        AnnexA2013Control(id: "A.11.2.1", english: "Equipment siting and protection", replacements: ["A.7.8"]),
        AnnexA2013Control(id: "A.11.2.2", english: "Supporting utilities", replacements: ["A.7.11"]),
        AnnexA2013Control(id: "A.11.2.3", english: "Cabling security", replacements: ["A.7.12"]),
        AnnexA2013Control(id: "A.11.2.4", english: "Equipment maintenance", replacements: ["A.7.13"]),
        AnnexA2013Control(id: "A.11.2.5", english: "Removal of assets", replacements: ["A.7.10"]),
        AnnexA2013Control(id: "A.11.2.6", english: "Security of equipment and assets off-premises", replacements: ["A.7.9"]),
        AnnexA2013Control(id: "A.11.2.7", english: "Secure disposal or re-use of equipment", replacements: ["A.7.14"]),
        AnnexA2013Control(id: "A.11.2.8", english: "Unattended user equipment", replacements: ["A.8.1"]),
        AnnexA2013Control(id: "A.11.2.9", english: "Clear desk and clear screen policy", replacements: ["A.7.7"]),
        // A.12 Operations security (14)
        AnnexA2013Control(id: "A.12.1.1", english: "Documented operating procedures", replacements: ["A.5.37"]),
        AnnexA2013Control(id: "A.12.1.2", english: "Change management", replacements: ["A.8.32"]),
        AnnexA2013Control(id: "A.12.1.3", english: "Capacity management", replacements: ["A.8.6"]),
        AnnexA2013Control(id: "A.12.1.4", english: "Separation of development, testing and operational environments", replacements: ["A.8.31"]),
        AnnexA2013Control(id: "A.12.2.1", english: "Controls against malware", replacements: ["A.8.7"]),
        AnnexA2013Control(id: "A.12.3.1", english: "Information backup", replacements: ["A.8.13"]),
        AnnexA2013Control(id: "A.12.4.1", english: "Event logging", replacements: ["A.8.15"]),
        AnnexA2013Control(id: "A.12.4.2", english: "Protection of log information", replacements: ["A.8.15"]),
        AnnexA2013Control(id: "A.12.4.3", english: "Administrator and operator logs", replacements: ["A.8.15"]),
        AnnexA2013Control(id: "A.12.4.4", english: "Clock synchronisation", replacements: ["A.8.17"]),
        AnnexA2013Control(id: "A.12.5.1", english: "Installation of software on operational systems", replacements: ["A.8.19"]),
        AnnexA2013Control(id: "A.12.6.1", english: "Management of technical vulnerabilities", replacements: ["A.8.8"]),
        AnnexA2013Control(id: "A.12.6.2", english: "Restrictions on software installation", replacements: ["A.8.19"]),
        AnnexA2013Control(id: "A.12.7.1", english: "Information systems audit controls", replacements: ["A.8.34"]),
        // A.13 Communications security (7)
        AnnexA2013Control(id: "A.13.1.1", english: "Network controls", replacements: ["A.8.20"]),
        AnnexA2013Control(id: "A.13.1.2", english: "Security of network services", replacements: ["A.8.21"]),
        AnnexA2013Control(id: "A.13.1.3", english: "Segregation in networks", replacements: ["A.8.22"]),
        AnnexA2013Control(id: "A.13.2.1", english: "Information transfer policies and procedures", replacements: ["A.5.14"]),
        AnnexA2013Control(id: "A.13.2.2", english: "Agreements on information transfer", replacements: ["A.5.14"]),
        AnnexA2013Control(id: "A.13.2.3", english: "Electronic messaging", replacements: ["A.5.14"]),
        AnnexA2013Control(id: "A.13.2.4", english: "Confidentiality or non-disclosure agreements", replacements: ["A.6.6"]),
        // A.14 System acquisition, development and maintenance (13)
        AnnexA2013Control(id: "A.14.1.1", english: "Information security requirements analysis and specification", replacements: ["A.5.8"]),
        AnnexA2013Control(id: "A.14.1.2", english: "Securing application services on public networks", replacements: ["A.8.26"]),
        AnnexA2013Control(id: "A.14.1.3", english: "Protecting application services transactions", replacements: ["A.8.26"]),
        AnnexA2013Control(id: "A.14.2.1", english: "Secure development policy", replacements: ["A.8.25"]),
        AnnexA2013Control(id: "A.14.2.2", english: "System change control procedures", replacements: ["A.8.32"]),
        AnnexA2013Control(id: "A.14.2.3", english: "Technical review of applications after operating platform changes", replacements: ["A.8.32"]),
        AnnexA2013Control(id: "A.14.2.4", english: "Restrictions on changes to software packages", replacements: ["A.8.32"]),
        AnnexA2013Control(id: "A.14.2.5", english: "Secure system engineering principles", replacements: ["A.8.27"]),
        AnnexA2013Control(id: "A.14.2.6", english: "Secure development environment", replacements: ["A.8.31"]),
        AnnexA2013Control(id: "A.14.2.7", english: "Outsourced development", replacements: ["A.8.30"]),
        AnnexA2013Control(id: "A.14.2.8", english: "System security testing", replacements: ["A.8.29"]),
        AnnexA2013Control(id: "A.14.2.9", english: "System acceptance testing", replacements: ["A.8.29"]),
        AnnexA2013Control(id: "A.14.3.1", english: "Protection of test data", replacements: ["A.8.33"]),
        // A.15 Supplier relationships (5)
        AnnexA2013Control(id: "A.15.1.1", english: "Information security policy for supplier relationships", replacements: ["A.5.19"]),
        AnnexA2013Control(id: "A.15.1.2", english: "Addressing security within supplier agreements", replacements: ["A.5.20"]),
        AnnexA2013Control(id: "A.15.1.3", english: "Information and communication technology supply chain", replacements: ["A.5.21"]),
        AnnexA2013Control(id: "A.15.2.1", english: "Monitoring and review of supplier services", replacements: ["A.5.22"]),
        AnnexA2013Control(id: "A.15.2.2", english: "Managing changes to supplier services", replacements: ["A.5.22"]),
        // A.16 Information security incident management (7)
        AnnexA2013Control(id: "A.16.1.1", english: "Responsibilities and procedures", replacements: ["A.5.24"]),
        AnnexA2013Control(id: "A.16.1.2", english: "Reporting information security events", replacements: ["A.6.8"]),
        AnnexA2013Control(id: "A.16.1.3", english: "Reporting information security weaknesses", replacements: ["A.6.8"]),
        AnnexA2013Control(id: "A.16.1.4", english: "Assessment of and decision on information security events", replacements: ["A.5.25"]),
        AnnexA2013Control(id: "A.16.1.5", english: "Response to information security incidents", replacements: ["A.5.26"]),
        AnnexA2013Control(id: "A.16.1.6", english: "Learning from information security incidents", replacements: ["A.5.27"]),
        AnnexA2013Control(id: "A.16.1.7", english: "Collection of evidence", replacements: ["A.5.28"]),
        // A.17 Information security aspects of business continuity management (4)
        AnnexA2013Control(id: "A.17.1.1", english: "Planning information security continuity", replacements: ["A.5.29"]),
        AnnexA2013Control(id: "A.17.1.2", english: "Implementing information security continuity", replacements: ["A.5.29"]),
        AnnexA2013Control(id: "A.17.1.3", english: "Verify, review and evaluate information security continuity", replacements: ["A.5.29"]),
        AnnexA2013Control(id: "A.17.2.1", english: "Availability of information processing facilities", replacements: ["A.8.14"]),
        // A.18 Compliance (8)
        AnnexA2013Control(id: "A.18.1.1", english: "Identification of applicable legislation and contractual requirements", replacements: ["A.5.31"]),
        AnnexA2013Control(id: "A.18.1.2", english: "Intellectual property rights", replacements: ["A.5.32"]),
        AnnexA2013Control(id: "A.18.1.3", english: "Protection of records", replacements: ["A.5.33"]),
        AnnexA2013Control(id: "A.18.1.4", english: "Privacy and protection of personally identifiable information", replacements: ["A.5.34"]),
        AnnexA2013Control(id: "A.18.1.5", english: "Regulation of cryptographic controls", replacements: ["A.5.31"]),
        AnnexA2013Control(id: "A.18.2.1", english: "Independent review of information security", replacements: ["A.5.35"]),
        AnnexA2013Control(id: "A.18.2.2", english: "Compliance with security policies and standards", replacements: ["A.5.36"]),
        AnnexA2013Control(id: "A.18.2.3", english: "Technical compliance review", replacements: ["A.5.36", "A.8.8"]),
    ]
}
