package nl.thuisplan.region.admin;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.region.admin.RegionAdminViews.AdminRegion;
import nl.thuisplan.region.admin.RegionAdminViews.MemberChange;
import nl.thuisplan.region.admin.RegionAdminViews.NewMember;
import nl.thuisplan.region.admin.RegionAdminViews.NewRegion;
import nl.thuisplan.region.admin.RegionAdminViews.NewSubregion;
import nl.thuisplan.region.admin.RegionAdminViews.Ref;
import nl.thuisplan.region.admin.RegionAdminViews.RegionMember;

@Singleton
public class RegionAdminService {

    public List<AdminRegion> list(Caller caller) {
        throw new UnsupportedOperationException();
    }

    public AdminRegion create(Caller caller, NewRegion body) {
        throw new UnsupportedOperationException();
    }

    public Ref addSubregion(Caller caller, String code, NewSubregion body) {
        throw new UnsupportedOperationException();
    }

    public RegionMember addMember(Caller caller, String code, NewMember body) {
        throw new UnsupportedOperationException();
    }

    public RegionMember changeMember(Caller caller, String code, String municipalityCode, LocalDate validFrom, MemberChange body) {
        throw new UnsupportedOperationException();
    }
}
